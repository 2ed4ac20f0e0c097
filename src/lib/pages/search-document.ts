/**
 * What the search index sees of a built page: its main content, and words a
 * reader may type that the page does not show — Mongolian in Latin letters,
 * and phone numbers without separators — plus the filters results can be
 * narrowed by. The page sent to readers is unchanged.
 */
import { parse } from 'node-html-parser';
import { placeOfPage, type SearchKind } from '../site-map.ts';
import { searchSpellings } from './transliterate.ts';

export { SEARCH_KINDS, type SearchKind } from '../site-map.ts';

/** A page's kind, and its country for a destination's help card, from its path. */
export function searchFilters(path: string): { kind: SearchKind; country?: string } {
  const place = placeOfPage(path);
  const search: { kind: SearchKind; countryOfEntry?: boolean } = place?.section.search ?? { kind: 'page' };
  if (search.countryOfEntry && place?.entry) return { kind: search.kind, country: place.entry.toUpperCase() };
  return { kind: search.kind };
}

/** Phone numbers as someone may type them: digits only, locally and in international form. */
function numberForms(href: string, written: string): string[] {
  return [...new Set([href.replace(/^tel:\+?/, ''), written.replace(/\D/g, '')])].filter((form) => form.length >= 3);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The HTML to index for a built page, or undefined when the page is not to
 * be searched (it has no `<main data-pagefind-body>`: 404s, short links).
 * Mongolian pages gain their words in Latin letters and as typed on a
 * Russian keyboard.
 */
export function documentForIndex(html: string, path: string): string | undefined {
  const root = parse(html);
  const main = root.querySelector('main[data-pagefind-body]');
  if (!main) return undefined;

  const extra: string[] = [];
  if (root.querySelector('html')?.getAttribute('lang') === 'mn') {
    extra.push(searchSpellings(`${root.querySelector('title')?.text ?? ''} ${main.text}`));
  }
  for (const link of main.querySelectorAll('a[href^="tel:"]')) {
    extra.push(...numberForms(link.getAttribute('href')!, link.querySelector('.whitespace-nowrap')?.text ?? link.text));
  }
  const { kind, country } = searchFilters(path);
  const filters = [`<span data-pagefind-filter="kind:${kind}"></span>`];
  if (country) filters.push(`<span data-pagefind-filter="country:${country}"></span>`);
  main.insertAdjacentHTML('beforeend', `<div>${escapeHtml(extra.join(' '))}${filters.join('')}</div>`);
  return root.toString();
}
