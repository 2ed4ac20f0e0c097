/**
 * The register of print runs (`content/print-runs.json`): what was printed,
 * when, how many, for which site, and the exact numbers and texts on each
 * card. Cards stay in wallets for years, so the register is append-only:
 * each run carries the hash of the run before it and its own, and every code
 * recorded as printed must be found in a run.
 */
import { createHash } from 'node:crypto';
import type { PrintRun } from '../../schemas/print-run.ts';
import type { ShortLinkEntry } from '../links/short-links.ts';

export const REGISTER_FILE = 'content/print-runs.json';

/** JSON with keys in order at every level, so the hash does not depend on how a file was written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, each]) => each !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, each]) => `${JSON.stringify(key)}:${canonical(each)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash of a run: SHA-256 of everything in it but the hash itself. */
export function runHash(run: Omit<PrintRun, 'hash'>): string {
  const { hash: _ignored, ...rest } = run as PrintRun;
  return createHash('sha256').update(canonical(rest)).digest('hex');
}

/** The register with a new run appended, chained to the last one. */
export function appendRun(runs: readonly PrintRun[], run: Omit<PrintRun, 'hash' | 'previous'>): PrintRun[] {
  const chained = { ...run, previous: runs.at(-1)?.hash ?? '' };
  return [...runs, { ...chained, hash: runHash(chained) }];
}

const name = (run: PrintRun, index: number) => `runs[${index}] ("${run.edition}", ${run.date})`;

/**
 * One `file: field: reason` line per problem: a run edited or removed (the
 * chain of hashes breaks), or a code recorded as printed that no run holds.
 */
export function printRunProblems(runs: readonly PrintRun[], printed: readonly ShortLinkEntry[]): string[] {
  const problems: string[] = [];
  for (const [index, run] of runs.entries()) {
    const expectedPrevious = index === 0 ? '' : runs[index - 1]!.hash;
    if (run.previous !== expectedPrevious) {
      problems.push(
        `${REGISTER_FILE}: ${name(run, index)}.previous: does not follow the run before it; a recorded run was removed or reordered, and runs are never removed`,
      );
    }
    if (runHash(run) !== run.hash) {
      problems.push(
        `${REGISTER_FILE}: ${name(run, index)}: differs from what was recorded when it was printed; print runs are never edited`,
      );
    }
  }
  for (const entry of printed) {
    const held = runs.some(
      (run) => run.edition === entry.printed?.edition && run.cards.some((card) => card.code === entry.code),
    );
    if (!held) {
      problems.push(
        `${REGISTER_FILE}: no run of "${entry.printed?.edition}" holds the code "${entry.code}", which content/printed-links.json records as printed; a recorded run was removed`,
      );
    }
  }
  return problems;
}

/**
 * Why codes must not be made for `origin`: not https, or not the site that
 * earlier runs printed. Undefined when it is fine.
 */
export function originProblem(origin: string, runs: readonly PrintRun[]): string | undefined {
  if (!origin.startsWith('https://')) {
    return `SITE_ORIGIN ${origin} is not an https address; printed codes must open the public site`;
  }
  const earlier = runs.at(-1);
  if (earlier && earlier.origin !== origin) {
    return `SITE_ORIGIN ${origin} differs from ${earlier.origin}, which "${earlier.edition}" (${earlier.date}) printed; a typo here would print a whole run of dead codes`;
  }
  return undefined;
}
