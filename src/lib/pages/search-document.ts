/**
 * What search knows of a page. A page marks at render time what Pagefind
 * needs beyond its main content — the filters results can be narrowed by —
 * and Pagefind reads the built pages itself, in one pass. What it indexed of
 * each page (its fragment) then gives the language's vocabulary, through
 * which the browser matches the other ways a reader types a word or number.
 */
import { LOCALES, localePath } from '../locales.ts';
import { placeOfPage, siteSections, type SearchKind } from '../site-map.ts';
import { isListedPage } from './site.ts';

export { SEARCH_KINDS, type SearchKind } from '../site-map.ts';

/**
 * Whether search indexes the page at `path`: every page listed for search
 * engines but the later pages of a long list (`signs/2`), which only repeat
 * the titles of articles indexed on their own; the list's first page stands
 * for the list, so a search does not answer with "page 7".
 */
export function isSearchedPage(path: string): boolean {
  return isListedPage(path) && placeOfPage(path)?.listPage === undefined;
}

/**
 * The built files Pagefind reads, as one glob: every page at the top of each
 * language's folder (the home page, sections' first pages, prose pages) and
 * every page under a listed section. Pagefind then never reads the short-link
 * copies of the help cards (`go/`, `GO/`), which it would only leave out.
 */
export function searchedFilesGlob(): string {
  const folders = siteSections()
    .filter((section) => section.listed && section.route !== '' && section.route !== '*')
    .map((section) => section.route);
  const patterns = LOCALES.flatMap((locale) => {
    const prefix = localePath(locale, '').replace(/^\/+/, '');
    const under = prefix === '' ? '' : `${prefix}/`;
    return [`${under}*.html`, ...folders.map((folder) => `${under}${folder}/**/*.html`)];
  });
  return `{${patterns.join(',')}}`;
}

/** A page's kind, and its country for a destination's help card, from its path. */
export function searchFilters(path: string): { kind: SearchKind; country?: string } {
  const place = placeOfPage(path);
  const search: { kind: SearchKind; countryOfEntry?: boolean } = place?.section.search ?? { kind: 'page' };
  if (search.countryOfEntry && place?.entry) return { kind: search.kind, country: place.entry.toUpperCase() };
  return { kind: search.kind };
}

/**
 * The `data-pagefind-filter` values a page carries: Pagefind takes one filter
 * per element, so the kind goes on the page's `<main>` and the country on its
 * `<body>` (filters count wherever they are on the page).
 */
export function searchFilterAttributes(path: string): { main: string; body?: string } {
  const { kind, country } = searchFilters(path);
  return { main: `kind:${kind}`, ...(country ? { body: `country:${country}` } : {}) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The text of rendered HTML as search reads it, for the page's vocabulary:
 * scripts, styles and what search ignores left out, every tag a word break,
 * the common entities decoded. Read at render time from the page's own main content.
 */
export function textOfHtml(html: string): string {
  return (
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      // What search ignores (the share links, the show-this-screen phrases), to its first closing tag of the same
      // name: such a part holds no element of its own kind.
      .replace(/<([a-z]+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
  );
}

/** Phone numbers as someone may type them: digits only, locally and in international form. */
export function numberForms(href: string, written: string): string[] {
  return [...new Set([href.replace(/^tel:\+?/, ''), written.replace(/\D/g, '')])].filter((form) => form.length >= 3);
}
