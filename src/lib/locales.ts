/**
 * The site's languages and how a page's path carries its language.
 *
 * Mongolian is the first language and lives at the root (`/about`); English
 * lives under `/en/` (`/en/about`). Every page has the same ASCII slug in both,
 * so switching language is a one-to-one mapping of paths.
 */

export const LOCALES = ['mn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'mn';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language: the target of the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'mn' ? 'en' : 'mn';
}

/** The path prefix of a locale: `''` for Mongolian, `'/en'` for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/**
 * The path of a page in a locale. `slug` is the page's path without language,
 * with or without a leading slash; `''` is the home page.
 *
 * @example localePath('mn', 'abroad/kr') // '/abroad/kr'
 * @example localePath('en', '')          // '/en'
 */
export function localePath(locale: Locale, slug: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  const prefix = localePrefix(locale);
  if (clean === '') return prefix === '' ? '/' : prefix;
  return `${prefix}/${clean}`;
}

/**
 * Splits a URL path into its locale and its language-free slug, so a page can
 * find its twin in the other language. Trailing slashes and `.html` endings
 * (as some hosts serve them) are ignored.
 *
 * @example parseLocalePath('/en/abroad/kr') // { locale: 'en', slug: 'abroad/kr' }
 */
export function parseLocalePath(pathname: string): { locale: Locale; slug: string } {
  const segments = pathname
    .replace(/\.html$/, '')
    .split('/')
    .filter((segment) => segment !== '');
  const [first, ...rest] = segments;
  if (first !== undefined && first !== DEFAULT_LOCALE && isLocale(first)) {
    return { locale: first, slug: stripIndex(rest.join('/')) };
  }
  return { locale: DEFAULT_LOCALE, slug: stripIndex(segments.join('/')) };
}

function stripIndex(slug: string): string {
  return slug === 'index' ? '' : slug.replace(/\/index$/, '');
}

/** The same page in the other language. */
export function twinPath(pathname: string): string {
  const { locale, slug } = parseLocalePath(pathname);
  return localePath(otherLocale(locale), slug);
}
