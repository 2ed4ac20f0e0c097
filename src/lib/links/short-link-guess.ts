/**
 * Which help a mistyped or unknown address most likely meant: `/GO/KORE`
 * → the short link `kr`, `/go/solongos` → `kr`, `/abroad/kr/x` → `kr`. The
 * short-link 404 page and the offline page run it in the browser, so it is
 * small and has no imports.
 */

/** A word a reader may type for a short link (a code, a country name in Latin letters) and the code it means. */
export type GuessWords = Record<string, string>;

/** Levenshtein distance: the fewest single-letter insertions, deletions and substitutions from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The code a typed word most likely means, or undefined when nothing is near:
 * one slip for words of up to three letters (`jpn` → `jp`), two for longer
 * ones (`kore` → `korea` → `kr`). Ties go to the word listed first.
 */
export function closestCode(typed: string, words: GuessWords): string | undefined {
  const input = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (input === '') return undefined;
  let best: { code: string; distance: number } | undefined;
  for (const [word, code] of Object.entries(words)) {
    const distance = editDistance(input, word);
    const allowed = word.length <= 3 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { code, distance };
  }
  return best?.code;
}

/**
 * The short-link code a page address stands for: the code of `/go/<typed>`
 * (either case, any language prefix) or of `/abroad/<country>`, when one is
 * near enough. `words` must list each code as a word of its own.
 */
export function codeForPath(pathname: string, words: GuessWords): string | undefined {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  const start = segments.findIndex((segment) => /^(go|abroad)$/i.test(segment));
  const typed = start === -1 ? undefined : segments[start + 1];
  if (typed === undefined) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(typed);
  } catch {
    return undefined;
  }
  return /^abroad$/i.test(segments[start]!) ? words[decoded.toLowerCase()] : closestCode(decoded, words);
}
