/**
 * The site's languages and how a page's path carries its language.
 *
 * Mongolian is the first language and lives at the root (`/about`); English
 * lives under `/en/` (`/en/about`). Every page has the same ASCII slug in both,
 * so switching language is a one-to-one mapping of paths.
 */

/**
 * The site's languages, one line each, the first at the root. A language
 * here needs its UI strings (`src/i18n/<code>.json`) and its content
 * (`content/<collection>/<code>/`, a `<code>:` text beside every `mn:` and
 * `en:` in the YAML files); the build names whatever is missing.
 */
const LANGUAGES = [
  /** `name`: the language in English, for messages to editors; `openGraph`: the language_TERRITORY that link previews know. */
  { code: 'mn', name: 'Mongolian', openGraph: 'mn_MN' },
  { code: 'en', name: 'English', openGraph: 'en_US' },
] as const satisfies readonly { code: string; name: string; openGraph: string }[];

export type Locale = (typeof LANGUAGES)[number]['code'];
export const LOCALES: readonly Locale[] = LANGUAGES.map((language) => language.code);
export const DEFAULT_LOCALE: Locale = LOCALES[0]!;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language's name in English (`Mongolian`), for messages to editors. */
export function languageName(locale: Locale): string {
  return LANGUAGES.find((language) => language.code === locale)!.name;
}

/** The language as Open Graph writes it, language_TERRITORY (`mn_MN`). */
export function openGraphLocale(locale: Locale): string {
  return LANGUAGES.find((language) => language.code === locale)!.openGraph;
}

/** The languages other than `locale`, in the list's order: the targets of the language switch. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((each) => each !== locale);
}

/** The path prefix of a locale: `''` for the first language (Mongolian), `'/en'` for English. */
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

/** The same page in each other language, with its language. */
export function twinPaths(pathname: string): { locale: Locale; path: string }[] {
  const { locale, slug } = parseLocalePath(pathname);
  return otherLocales(locale).map((other) => ({ locale: other, path: localePath(other, slug) }));
}
