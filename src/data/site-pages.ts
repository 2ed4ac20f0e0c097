/**
 * Every page of the site that content may send a reader to, with its title
 * in each language, so a campaign's "read next" link is checked to exist and
 * shows the page's own title.
 */
import { contactData } from './contacts.ts';
import { localizedEntries } from './localized.ts';
import { selfCheck } from './self-check.ts';
import { fill, uiStrings } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { isProseCollection, PROSE_COLLECTIONS, PROSE_PAGE, SITE_MAP, siteSections } from '../lib/site-map.ts';

let loaded: Promise<Record<Locale, Map<string, string>>> | undefined;

/** Titles by page path without language (`abroad`, `signs/fake-job-offers`), per language. */
export function sitePageTitles(): Promise<Record<Locale, Map<string, string>>> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Record<Locale, Map<string, string>>> {
  const { destinations } = await contactData();
  const sections = siteSections();
  const prose = new Map(
    await Promise.all(
      PROSE_COLLECTIONS.map(async (collection) => [collection, await localizedEntries(collection)] as const),
    ),
  );
  const titles = async (locale: Locale) => {
    const t = uiStrings(locale);
    const pages = new Map<string, string>();
    for (const section of sections) {
      if (section.title) pages.set(section.route, section.title(t));
      else if (section.collection === SITE_MAP.check.collection)
        pages.set(section.route, (await selfCheck(locale)).title);
    }
    for (const destination of destinations) {
      pages.set(
        `${SITE_MAP.abroad.route}/${destination.slug}`,
        fill(t.card.title, { country: destination.name[locale] }),
      );
    }
    for (const section of sections) {
      const pairs = isProseCollection(section.collection) ? prose.get(section.collection) : undefined;
      if (!pairs || section.collection === PROSE_PAGE.collection) continue;
      for (const [slug, twins] of pairs) pages.set(`${section.route}/${slug}`, twins[locale].data.title);
    }
    for (const [slug, twins] of prose.get(PROSE_PAGE.collection)!) pages.set(slug, twins[locale].data.title);
    return pages;
  };
  const all = await Promise.all(LOCALES.map(async (locale) => [locale, await titles(locale)] as const));
  return Object.fromEntries(all) as Record<Locale, Map<string, string>>;
}
