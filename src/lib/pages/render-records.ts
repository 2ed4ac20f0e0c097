/**
 * Facts a page knows while it renders, handed to the build steps that run
 * after it (preview images, host configuration, search), so that no step reads them
 * back out of the built HTML.
 *
 * Astro renders the pages in the build's own process, but loads them apart
 * from the integrations, so each has its own copy of this module: the records
 * live on `globalThis`, under a name only this module uses.
 */
import type { Locale } from '../locales.ts';
import type { PageMetadataInput } from './page-metadata.ts';

const SHELVES = Symbol.for('site:render-records');

type Shelves = Map<string, Map<string, unknown>>;

function shelves(): Shelves {
  const global = globalThis as { [SHELVES]?: Shelves };
  global[SHELVES] ??= new Map();
  return global[SHELVES];
}

/** One kind of record, one per key: a page recorded twice keeps what it said last. */
export interface RenderRecords<T> {
  record(key: string, value: T): void;
  /** Every record so far, by key. */
  all(): Map<string, T>;
  /** Forgets them all: at the start of a build, so a second build in one process starts clean. */
  clear(): void;
}

/** Forgets every kind of record: at the start of a build, so a second build in one process starts clean. */
export function clearRenderRecords(): void {
  for (const shelf of shelves().values()) shelf.clear();
}

export function renderRecords<T>(kind: string): RenderRecords<T> {
  const shelf = () => {
    const all = shelves();
    if (!all.has(kind)) all.set(kind, new Map());
    return all.get(kind) as Map<string, T>;
  };
  return {
    record: (key, value) => void shelf().set(key, value),
    all: () => new Map(shelf()),
    clear: () => shelf().clear(),
  };
}

/** What each page tells link previews about itself, by the URL path of the page. */
export const sharedPages = renderRecords<PageMetadataInput>('shared-pages');

/** Destinations whose files were renamed: each former slug, with the slug its pages moved to. */
export const movedDestinations = renderRecords<string>('moved-destinations');

/** The short-link codes that have pages of their own (`/go/<code>`): the page each stands for, without language. */
export const shortLinkCodes = renderRecords<string>('short-link-codes');

/** Sources a page adds to its `script-src` beyond `'self'`, by the URL path of the page. */
export const scriptSources = renderRecords<readonly string[]>('script-sources');

/** The words of a searchable page's title and main content, by its URL path: its language's search vocabulary. */
export const pageWords = renderRecords<{ locale: Locale; words: readonly string[] }>('page-words');

/** A phone number shown as a call link on a page in a language: what a reader may type to find it. */
export interface ShownNumber {
  locale: Locale;
  /** As the page writes it: `02-798-3464`. */
  written: string;
  /** Its link: `tel:+8227983464`. */
  href: string;
}

/** The call links the pages show, one record per language, number and way of writing it. */
export const shownNumbers = renderRecords<ShownNumber>('shown-numbers');

/** Records a call link a page shows (only `tel:` links: a text or chat link is not dialled). */
export function recordShownNumber(number: ShownNumber): void {
  if (!number.href.startsWith('tel:')) return;
  shownNumbers.record(`${number.locale} ${number.href} ${number.written}`, number);
}
