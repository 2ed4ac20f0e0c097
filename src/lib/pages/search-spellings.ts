/**
 * From what a reader types to words the site shows. The search index holds
 * only the pages' own text, so an excerpt never shows a word the page does
 * not; instead each language publishes its vocabulary, and the browser turns
 * every query word into the page words it may mean before asking Pagefind:
 * Mongolian typed in Latin letters ("elchin said", "huuramch", "xuuramch"),
 * on a Russian keyboard ("хун" for "хүн"), one or two letters off ("pasport",
 * "embasy"), and phone numbers typed with or without separators.
 */
import { latinSpellings } from './transliterate.ts';

/** A language's searchable words, published next to its index. */
export interface SearchVocabulary {
  /** Distinct lowercase words of the language's searchable pages. */
  words: string[];
  /** Phone numbers as written on the pages, each followed by the digit strings a reader may type for it. */
  numbers: string[][];
}

/** Page words by the folded spelling a query word is looked up by. */
export type SpellingLookup = Map<string, string[]>;

const CYRILLIC = /[\u0400-\u04FF]/;
const LETTERS = /\p{L}+/gu;

/**
 * One spelling for the many ways a Mongolian word is typed in Latin letters:
 * ö/o and ü/u, x/kh/h, ts/c, zh/j, y/i and ii/i are not told apart.
 */
export function foldLatin(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFC')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/kh|x/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/zh/g, 'j')
    .replace(/ye/g, 'e')
    .replace(/y/g, 'i')
    .replace(/i+/g, 'i');
}

/** A Cyrillic word as a Russian keyboard types it: ө as о, ү as у. */
export function foldCyrillic(word: string): string {
  return word.toLowerCase().replace(/ө/g, 'о').replace(/ү/g, 'у').replace(/ё/g, 'е');
}

/** How a word typed in `locale` is looked up: Mongolian pages take Latin-typed words loosely. */
export function foldWord(word: string, locale: string): string {
  if (CYRILLIC.test(word)) return foldCyrillic(word);
  return locale === 'mn' ? foldLatin(word) : word.toLowerCase();
}

/** The distinct lowercase words of a text, for a vocabulary. */
export function wordsOf(text: string): string[] {
  return [...new Set((text.toLowerCase().match(LETTERS) ?? []).filter((word) => word.length > 1))];
}

/** Every folded spelling of each vocabulary word, pointing back to the words. */
export function spellingLookup(words: readonly string[], locale: string): SpellingLookup {
  const lookup: SpellingLookup = new Map();
  const add = (key: string, word: string) => {
    const known = lookup.get(key);
    if (!known) lookup.set(key, [word]);
    else if (!known.includes(word)) known.push(word);
  };
  for (const word of words) {
    add(foldWord(word, locale), word);
    if (locale === 'mn' && CYRILLIC.test(word)) {
      for (const spelling of latinSpellings(word)) add(foldLatin(spelling), word);
    }
  }
  return lookup;
}

/** Edit distance with swapped neighbours counting once, or `limit + 1` as soon as it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many letters a word of this length may be off: none below four letters, two from eight. */
function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

const MOST_CANDIDATES = 3;
const MOST_QUERIES = 8;

function shortestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, MOST_CANDIDATES);
}

/**
 * The page words a query word may mean, best first: the words it spells
 * exactly; for a word still being typed, the words it begins (Pagefind
 * finds those itself when the word is in the page's own script); else the
 * nearest words within a typo or two. A word nothing matches is kept.
 */
export function wordCandidates(word: string, lookup: SpellingLookup, locale: string, last: boolean): string[] {
  if (!/\p{L}/u.test(word)) return [word];
  const key = foldWord(word, locale);
  const exact = lookup.get(key);
  if (exact) return exact.slice(0, MOST_CANDIDATES);
  const ownScript = CYRILLIC.test(word) || locale !== 'mn';
  if (last && key.length >= 2) {
    const begun = [...lookup].filter(([spelling]) => spelling.startsWith(key)).flatMap(([, words]) => words);
    if (begun.length > 0) return ownScript ? [word] : shortestFirst(begun);
  }
  const allowed = allowedTypos(key.length);
  let nearest: string[] = [];
  let distance = allowed + 1;
  for (const [spelling, words] of lookup) {
    const off = editDistance(key, spelling, Math.min(allowed, distance));
    if (off < distance) [nearest, distance] = [[...words], off];
    else if (off === distance && off <= allowed) nearest.push(...words);
  }
  return nearest.length > 0 ? shortestFirst(nearest) : [word];
}

/** The written forms of a phone number typed as `query`, whatever separators it was typed with; empty if none. */
export function numberCandidates(query: string, numbers: readonly string[][]): string[] {
  if (!/^[\d\s+\-().]+$/.test(query)) return [];
  const digits = query.replace(/\D/g, '');
  if (digits.length < 3) return [];
  return [...new Set(numbers.filter((forms) => forms.includes(digits)).map(([written]) => written!))];
}

/**
 * The queries to ask Pagefind for what the reader typed, most likely first:
 * each combination of the words every query word may mean, at most eight.
 */
export function searchQueries(query: string, vocabulary: SearchVocabulary, lookup: SpellingLookup, locale: string) {
  const trimmed = query.trim();
  const numbers = numberCandidates(trimmed, vocabulary.numbers);
  if (numbers.length > 0) return numbers.includes(trimmed) ? numbers : [trimmed, ...numbers];
  const words = trimmed.split(/\s+/).filter(Boolean);
  let queries = [''];
  words.forEach((word, index) => {
    const candidates = wordCandidates(word, lookup, locale, index === words.length - 1);
    queries = queries.flatMap((start) => candidates.map((candidate) => `${start} ${candidate}`.trim()));
    queries = queries.slice(0, MOST_QUERIES);
  });
  return queries.filter(Boolean);
}
