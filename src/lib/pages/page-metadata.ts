/**
 * What a page tells search engines and link previews about itself: the Open
 * Graph and Twitter card tags, the path of its preview image, and JSON-LD
 * written so that it cannot end the `<script>` element that holds it.
 */
import { LOCALES, type Locale, localePath, openGraphLocale } from '../locales.ts';
import { placeOfPage, SITE_MAP } from '../site-map.ts';

/**
 * The size Facebook, Telegram, X and WhatsApp all show large: 1.91 : 1. Not smaller: Facebook asks for at least
 * 1200×630 to be sharp on high-resolution screens and shows images under 600×315 small
 * (developers.facebook.com/docs/sharing/webmasters/images); X shows large cards at 2:1 from 300×157
 * (developer.x.com, Summary Card with Large Image); Telegram shows 1200×630 at 1.91 : 1.
 */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Where the preview images live in the built site. */
export const PREVIEW_DIRECTORY = 'og';

/** Open Graph names languages as language_TERRITORY; these are the ones Facebook knows. */
export const OG_LOCALES = Object.fromEntries(LOCALES.map((locale) => [locale, openGraphLocale(locale)])) as Record<
  Locale,
  string
>;

/** The RSS feed of campaigns in a language. */
export function campaignFeedPath(locale: Locale): string {
  return localePath(locale, 'campaigns/rss.xml');
}

/**
 * Whether a page points feed readers at the campaigns' feed: the home page
 * and the campaigns section, where a reader would look for one. Every other
 * page leaves the link out, a line fewer before anything renders.
 */
export function announcesCampaignFeed(pagePath: string): boolean {
  const section = placeOfPage(pagePath)?.section;
  return section === SITE_MAP.home || section === SITE_MAP.campaigns;
}

/** The feed's name, the same in the feed and in the pages that point to it. */
export function campaignFeedTitle(strings: { campaigns: { title: string }; site: { name: string } }): string {
  return `${strings.campaigns.title} — ${strings.site.name}`;
}

/**
 * The path of a page's preview image: `/` → `/og/index.png`,
 * `/en` → `/og/en/index.png`, `/en/abroad/kr` → `/og/en/abroad/kr.png`.
 */
export function previewImagePath(pagePath: string): string {
  const clean = pagePath.replace(/^\/+|\/+$/g, '');
  if (clean === '') return `/${PREVIEW_DIRECTORY}/index.png`;
  const isLocaleHome = (LOCALES as readonly string[]).includes(clean);
  return `/${PREVIEW_DIRECTORY}/${isLocaleHome ? `${clean}/index` : clean}.png`;
}

export interface PageMetadataInput {
  locale: Locale;
  /** The page's title without the site's name. */
  title: string;
  description: string;
  siteName: string;
  /** Absolute URL of the page that stands for this one (itself, or the page a short link copies). */
  canonicalUrl: string;
  /** Absolute URL of the preview image. */
  imageUrl: string;
  /** What the image says, when it is not the page's title: the title of the section whose image it shows. */
  imageAlt?: string;
  /** `article` for a warning sign, a right or a campaign; `website` for the rest. */
  type: 'website' | 'article';
}

/** A `<meta>` element: Open Graph uses `property`, Twitter cards use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The Open Graph and Twitter card tags of a page, in its own language. */
export function shareTags(page: PageMetadataInput): MetaTag[] {
  const others = LOCALES.filter((locale) => locale !== page.locale);
  return [
    { property: 'og:type', content: page.type },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: page.canonicalUrl },
    { property: 'og:locale', content: OG_LOCALES[page.locale] },
    ...others.map((locale) => ({ property: 'og:locale:alternate', content: OG_LOCALES[locale] })),
    { property: 'og:image', content: page.imageUrl },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(PREVIEW_WIDTH) },
    { property: 'og:image:height', content: String(PREVIEW_HEIGHT) },
    { property: 'og:image:alt', content: page.imageAlt ?? page.title },
    // X reads og:title, og:description and og:image where its own tags are missing: only the card's shape is its own.
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: page.imageAlt ?? page.title },
  ];
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`. `<`, `>`
 * and `&` are escaped so a title holding `</script>` cannot close the
 * element; U+2028 and U+2029 are escaped for older JavaScript parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
