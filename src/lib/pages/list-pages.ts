/**
 * Lists that grow with the content (every warning sign, every right) are cut
 * into pages, so each page still arrives in the first round trip however many
 * articles there are. A list's first page keeps the list's own path (`signs`),
 * which the menu links and which is printed and shared; the pages after it
 * add their number (`signs/2`, `/en/signs/2`).
 *
 * A number is free to mean a page because no article is named by one: article
 * slugs are read by `pairTwins`, which stops the build on a file name made of
 * digits only (`isPageNumber`). So `signs/2` is always the second page and an
 * article's address never changes when the list gains a page.
 */

/**
 * Items on one page. Measured on a built list page, in Mongolian (which
 * weighs more than English), with titles and descriptions at their longest
 * (70 and 200 characters) cut from the site's own prose: the list of signs
 * without items is about 7.7 KB gzipped, the first ten items add about 185 B
 * each and later ones about 112 B. Twenty such items make about 10.8 KB with
 * the page links (11.3 KB for campaigns, whose items carry their dates),
 * leaving some 3 KB of the 14 KB budget for the page's shared parts to grow;
 * thirty would leave about 2 KB. Twenty items are also a short scroll on a
 * phone.
 */
export const LIST_PAGE_SIZE = 20;

export interface ListPage<T> {
  /** From 1. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** Paths without language: this page's, and the previous and next pages' where there are ones. */
  path: string;
  previous?: string;
  next?: string;
}

/** A path segment that is a number: never an article's slug (see above), so free to name a list page. */
export function isPageNumber(segment: string): boolean {
  return /^\d+$/.test(segment);
}

/** How many pages `itemCount` items fill: at least one, so an empty list still has its page. */
export function listPageCount(itemCount: number, size = LIST_PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a list page holds at least 1 item, not ${size}`);
  return Math.max(1, Math.ceil(itemCount / size));
}

/** The path without language of page `number` of the list at `route`: `signs`, `signs/2`. */
export function listPagePath(route: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`list pages are numbered from 1, not ${number}`);
  return number === 1 ? route : `${route}/${number}`;
}

/** Page `number` of a list; a page past the last, or below 1, is an error. */
export function listPage<T>(route: string, items: readonly T[], number: number, size = LIST_PAGE_SIZE): ListPage<T> {
  const count = listPageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) {
    throw new RangeError(`the list at ${route} has pages 1 to ${count}, not ${number}`);
  }
  return {
    number,
    count,
    items: items.slice((number - 1) * size, number * size),
    path: listPagePath(route, number),
    ...(number > 1 && { previous: listPagePath(route, number - 1) }),
    ...(number < count && { next: listPagePath(route, number + 1) }),
  };
}

/** Every page of a list, in order. */
export function listPages<T>(route: string, items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  return Array.from({ length: listPageCount(items.length, size) }, (_, i) => listPage(route, items, i + 1, size));
}
