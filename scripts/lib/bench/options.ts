/** The benchmark's command-line options that need more than a default. */

/** Sizes run when none are given: pages per language. */
export const DEFAULT_SIZES = [100, 1000] as const;

/** `"100,1000"` → `[100, 1000]`: whole numbers from 1, in the order given, each once. */
export function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => part.trim());
  const problem = sizes.find((size) => !/^[1-9]\d*$/.test(size));
  if (problem !== undefined) {
    throw new Error(`--sizes takes whole numbers of pages per language, such as "100,1000", not "${problem}"`);
  }
  return [...new Set(sizes.map(Number))];
}
