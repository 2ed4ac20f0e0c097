/** The benchmark's command-line options that need more than a default. */

/** Sizes run when none are given: pages per language. */
export const DEFAULT_SIZES = [100, 1000] as const;

/** Builds of each site at each size when `--runs` is not given: one cold, then warm ones for a median. */
export const DEFAULT_RUNS = 3;

/** `"100,1000"` → `[100, 1000]`: whole numbers from 1, in the order given, each once. */
export function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => part.trim());
  const problem = sizes.find((size) => !/^[1-9]\d*$/.test(size));
  if (problem !== undefined) {
    throw new Error(`--sizes takes whole numbers of pages per language, such as "100,1000", not "${problem}"`);
  }
  return [...new Set(sizes.map(Number))];
}

/** `"3"` → `3`: how many times each site is built at each size, a whole number from 1. */
export function parseRuns(text: string): number {
  if (!/^[1-9]\d*$/.test(text.trim())) {
    throw new Error(`--runs takes a whole number of builds from 1, such as "3", not "${text}"`);
  }
  return Number(text.trim());
}
