/**
 * Printed short links: `/go/<code>` in lowercase for people typing, and the
 * capitalised URL the QR codes carry (`HTTPS://HOST/GO/KR`), which fits QR
 * alphanumeric mode and so gives a smaller, easier-to-scan code.
 */

import { destinationAt, type Destination } from '../contacts/destinations.ts';
import { latinSpellings } from '../pages/transliterate.ts';
import { placeOfPage, SITE_MAP, sectionPath } from '../site-map.ts';

/** Lowercase ASCII letters and digits: the only characters a code may have. */
export const CODE_PATTERN = /^[a-z0-9]{1,12}$/;

/** Codes no link may take: `/go/404` is the page for a short link that does not exist. */
export const RESERVED_CODES: readonly string[] = ['404'];

/** The two ways a short link's `go` is spelled on a page of its own: as typed, and as the QR code writes it. */
export const SHORT_LINK_SPELLINGS = [SITE_MAP.shortLinks.route, SITE_MAP.shortLinks.route.toUpperCase()] as const;

export interface ShortLinkEntry {
  code: string;
  target: string;
  printed?: { edition: string; date: string };
}

/** The paths a code answers at: as typed, and as the QR code writes it. */
export function shortLinkPaths(code: string): { lower: string; upper: string } {
  const [lower, upper] = SHORT_LINK_SPELLINGS;
  return { lower: `/${lower}/${code}`, upper: `/${upper}/${code.toUpperCase()}` };
}

/** The URL a QR code encodes: the whole URL in capitals. */
export function qrUrl(origin: string, code: string): string {
  return `${origin.toUpperCase()}${shortLinkPaths(code).upper}`;
}

/** The URL as printed in text under the code, for typing. */
export function typedUrl(origin: string, code: string): string {
  return `${origin.replace(/^https?:\/\//, '')}${shortLinkPaths(code).lower}`;
}

const LOCK_FILE = 'content/printed-links.json';

/**
 * Checks the registry against the record of printed codes: a printed code
 * must still exist, with the same target and print details, and every code
 * marked printed must be recorded.
 */
export function printedLinkProblems(registry: readonly ShortLinkEntry[], printed: readonly ShortLinkEntry[]): string[] {
  const byCode = new Map(registry.map((entry) => [entry.code, entry]));
  const recorded = new Set(printed.map((entry) => entry.code));
  const problems: string[] = [];
  for (const entry of printed) {
    const current = byCode.get(entry.code);
    if (!current) {
      problems.push(
        `content/links.yaml: ${entry.code}: was printed (${entry.printed?.edition}) and must not be removed or renamed`,
      );
    } else if (current.target !== entry.target) {
      problems.push(
        `content/links.yaml: ${entry.code}.target: was printed leading to "${entry.target}" and must keep leading there`,
      );
    } else if (JSON.stringify(current.printed) !== JSON.stringify(entry.printed)) {
      problems.push(
        `content/links.yaml: ${entry.code}.printed: differs from what ${LOCK_FILE} recorded when it was printed`,
      );
    }
  }
  for (const entry of registry) {
    if (entry.printed && !recorded.has(entry.code)) {
      problems.push(`content/links.yaml: ${entry.code}.printed: is not yet recorded in ${LOCK_FILE}; run "npm run qr"`);
    }
  }
  return problems;
}

/**
 * Destination slugs are kept for good: `/abroad/<slug>` is linked and printed.
 * So the registry holds a short link to every destination, and every
 * destination a short link ever led to must still answer — at its slug, or,
 * if its file was renamed, listed under `formerSlugs` there, whose addresses
 * the host redirects. A renamed or removed destination file without that
 * stops the build here, naming the link that still leads to its old slug.
 */
export function destinationLinkProblems(
  registry: readonly ShortLinkEntry[],
  destinations: readonly Pick<Destination, 'slug' | 'formerSlugs'>[],
): string[] {
  const problems: string[] = [];
  const linked = new Set(registry.map((entry) => destinationAt(destinations, entry.target)?.slug));
  for (const entry of registry) {
    const place = placeOfPage(entry.target);
    const slug = place?.section === SITE_MAP.abroad ? place.entry : undefined;
    if (slug && !destinationAt(destinations, entry.target)) {
      problems.push(
        `content/links.yaml: ${entry.code}.target: "${entry.target}" leads to no destination: there is no content/countries/${slug}.yaml; a destination's slug stays once published, so if the file was renamed, add "formerSlugs: [${slug}]" to the renamed file`,
      );
    }
  }
  for (const { slug } of destinations) {
    if (!linked.has(slug)) {
      problems.push(
        `content/links.yaml: content/countries/${slug}.yaml has no short link; add "${slug}:" with "target: ${sectionPath(SITE_MAP.abroad, slug)}"`,
      );
    }
  }
  return problems;
}

/** The record of printed codes with newly printed ones appended; nothing is ever dropped or changed. */
export function recordPrinted(
  registry: readonly ShortLinkEntry[],
  printed: readonly ShortLinkEntry[],
): ShortLinkEntry[] {
  const recorded = new Set(printed.map((entry) => entry.code));
  const added = registry
    .filter((entry) => entry.printed && !recorded.has(entry.code))
    .map(({ code, target, printed: details }) => ({ code, target, printed: details }));
  return [...printed, ...added];
}

/** A destination as far as guessing a mistyped short link needs it. */
export interface NamedPlace {
  slug: string;
  formerSlugs: readonly string[];
  name: { mn: string; en: string };
}

/** The words of a name a reader might type: Latin letters only, four or more of them. */
function nameWords(name: string): string[] {
  const words = name.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return [...words, words.join('')].filter((word) => word.length >= 4);
}

/**
 * The words a reader may type instead of a short-link code, each with the code
 * it means: the code itself, and the names of its country in English and in
 * Mongolian written in Latin letters (`korea`, `solongos`). A word two places
 * share (`south`, `republic`) means neither.
 */
export function shortLinkWords(
  links: readonly ShortLinkEntry[],
  places: readonly NamedPlace[],
): Record<string, string> {
  const byWord = new Map<string, Set<string>>();
  const add = (word: string, code: string) => byWord.set(word, (byWord.get(word) ?? new Set()).add(code));
  for (const link of links) {
    const place = destinationAt(places, link.target);
    if (!place) continue;
    const mongolian = place.name.mn
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .flatMap(latinSpellings);
    for (const word of [...nameWords(place.name.en), ...mongolian.flatMap(nameWords)]) add(word, link.code);
  }
  const words: Record<string, string> = {};
  for (const link of links) words[link.code] = link.code;
  for (const [word, codes] of byWord) if (codes.size === 1 && !(word in words)) words[word] = [...codes][0]!;
  return words;
}
