/**
 * What the search index sees of a built page: its main content and the
 * filters results can be narrowed by; and what the page adds to its
 * language's vocabulary, through which the browser matches the other ways a
 * reader types a word or number. The page sent to readers is unchanged.
 */
import { parse } from 'node-html-parser';
import { placeOfPage, type SearchKind } from '../site-map.ts';
import { wordsOf } from './search-spellings.ts';

export { SEARCH_KINDS, type SearchKind } from '../site-map.ts';

/** A page's kind, and its country for a destination's help card, from its path. */
export function searchFilters(path: string): { kind: SearchKind; country?: string } {
  const place = placeOfPage(path);
  const search: { kind: SearchKind; countryOfEntry?: boolean } = place?.section.search ?? { kind: 'page' };
  if (search.countryOfEntry && place?.entry) return { kind: search.kind, country: place.entry.toUpperCase() };
  return { kind: search.kind };
}

/** Phone numbers as someone may type them: digits only, locally and in international form. */
export function numberForms(href: string, written: string): string[] {
  return [...new Set([href.replace(/^tel:\+?/, ''), written.replace(/\D/g, '')])].filter((form) => form.length >= 3);
}

/** What a built page gives search: the HTML to index, and its words for the vocabulary. */
export interface SearchRecord {
  /** The page as Pagefind indexes it: unchanged but for its filters. */
  html: string;
  /** The distinct words of its title and main content. */
  words: string[];
}

/**
 * What search takes from a built page, or undefined when the page is not to
 * be searched (it has no `<main data-pagefind-body>`: 404s, short links; or
 * it is a later page of a list).
 * Nothing is added to the indexed text, so excerpts show only the page's own
 * words; other spellings are matched in the browser through the vocabulary.
 */
export function searchRecord(html: string, path: string): SearchRecord | undefined {
  // The later pages of a long list (`signs/2`) only repeat the titles of articles indexed on their own: the list's
  // first page stands for the list in results, so a search does not answer with "page 7".
  if (placeOfPage(path)?.listPage !== undefined) return undefined;
  const root = parse(html);
  const main = root.querySelector('main[data-pagefind-body]');
  if (!main) return undefined;

  const { kind, country } = searchFilters(path);
  const filters = [`<span data-pagefind-filter="kind:${kind}"></span>`];
  if (country) filters.push(`<span data-pagefind-filter="country:${country}"></span>`);
  // Built pages carry no whitespace between elements, and Pagefind reads "Турк"
  // and "Цагдаа" in neighbouring cells (or lines styled as blocks) as one word
  // "туркцагдаа": every tag is taken as a word boundary.
  main.set_content(`${main.innerHTML.replace(/<(?=\/?[a-z])/gi, ' <')}${filters.join('')}`);
  const words = wordsOf(`${root.querySelector('title')?.text ?? ''} ${main.text}`);
  return { html: root.toString(), words };
}
