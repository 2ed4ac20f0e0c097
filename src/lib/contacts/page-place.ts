/**
 * The place a page is about, which decides the numbers it offers first: a
 * reader of a destination's help card is in that country, a reader of a page
 * about being abroad is somewhere abroad, and everyone else is taken to be
 * in Mongolia. Declared here once; the emergency strip reads it.
 */
import { RESERVED_CODES } from '../links/short-links.ts';
import { placeOfPage, SITE_MAP, sectionPath } from '../site-map.ts';

export type PagePlace =
  | { kind: 'mongolia' }
  /** Abroad, in no one country: Mongolia's short codes do not work there, and no single number works everywhere. */
  | { kind: 'abroad' }
  /** In one destination country, by its slug (`kr`). */
  | { kind: 'destination'; slug: string };

/**
 * Pages, by path without language, about being abroad in general. `abroad/<slug>` is a destination's card.
 * The offline page stands in for any page, here or abroad, and whoever follows a mistyped short link is most
 * likely abroad: both list every destination's numbers, so Mongolia's short codes must not lead them.
 */
export const ABROAD_PAGES: ReadonlySet<string> = new Set([
  sectionPath(SITE_MAP.abroad),
  sectionPath(SITE_MAP.rights, 'help-abroad'),
  sectionPath(SITE_MAP.offline),
  ...RESERVED_CODES.map((code) => sectionPath(SITE_MAP.shortLinks, code)),
]);

/**
 * The place of the page at `slug` (its path without language). A short link
 * passes the page it stands for (`abroad/kr` for `/GO/KR`), so it is about
 * the same place.
 */
export function pagePlace(slug: string): PagePlace {
  const place = placeOfPage(slug);
  if (place?.section === SITE_MAP.abroad && place.entry !== undefined && /^[a-z]{2}$/.test(place.entry)) {
    return { kind: 'destination', slug: place.entry };
  }
  if (ABROAD_PAGES.has(slug)) return { kind: 'abroad' };
  return { kind: 'mongolia' };
}
