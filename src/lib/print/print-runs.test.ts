import { describe, expect, it } from 'vitest';
import { PrintRunsSchema, type PrintRun } from '../../schemas/print-run.ts';
import { appendRun, originProblem, printRunProblems, runHash } from './print-runs.ts';
import type { ShortLinkEntry } from '../links/short-links.ts';

const card = (code: string, number: string) => ({
  kind: 'insert' as const,
  code,
  qr: `HTTPS://HELP.EXAMPLE.ORG/GO/${code.toUpperCase()}`,
  link: `help.example.org/go/${code}`,
  lines: [{ contact: `${code}/police`, label: { mn: 'Цагдаа', en: 'Police' }, number }],
  texts: { mn: ['Тусламж хэрэгтэй бол уншуулаарай'], en: ['Scan for help'] },
});

const first = {
  version: 1 as const,
  edition: 'Inserts, first',
  date: '2026-12-01',
  origin: 'https://help.example.org',
};
const runs: PrintRun[] = appendRun(appendRun([], { ...first, quantity: 5000, cards: [card('kr', '112')] }), {
  ...first,
  edition: 'Inserts, second',
  date: '2027-03-01',
  cards: [card('jp', '110')],
});
const printed: ShortLinkEntry[] = [
  { code: 'kr', target: 'abroad/kr', printed: { edition: 'Inserts, first', date: '2026-12-01' } },
  { code: 'jp', target: 'abroad/jp', printed: { edition: 'Inserts, second', date: '2027-03-01' } },
];

describe('the register of print runs', () => {
  it('chains each run to the one before and passes its own checks', () => {
    expect(runs[0]!.previous).toBe('');
    expect(runs[1]!.previous).toBe(runs[0]!.hash);
    expect(PrintRunsSchema().safeParse(runs).success).toBe(true);
    expect(printRunProblems(runs, printed)).toEqual([]);
  });

  it('hashes the same however the keys were written', () => {
    const reordered = Object.fromEntries(Object.entries(runs[0]!).reverse()) as PrintRun;
    expect(runHash(reordered)).toBe(runs[0]!.hash);
  });

  it('refuses a number edited after printing', () => {
    const edited = structuredClone(runs);
    edited[0]!.cards[0]!.lines[0]!.number = '119';
    expect(printRunProblems(edited, printed)).toEqual([
      'content/print-runs.json: runs[0] ("Inserts, first", 2026-12-01): differs from what was recorded when it was printed; print runs are never edited',
    ]);
  });

  it('refuses a quantity added or changed later', () => {
    const edited = structuredClone(runs);
    edited[1]!.quantity = 100;
    expect(printRunProblems(edited, printed)).toHaveLength(1);
  });

  it('refuses a run removed from the middle', () => {
    const problems = printRunProblems([runs[1]!], printed);
    expect(problems).toContain(
      'content/print-runs.json: runs[0] ("Inserts, second", 2027-03-01).previous: does not follow the run before it; a recorded run was removed or reordered, and runs are never removed',
    );
    expect(problems).toContain(
      'content/print-runs.json: no run of "Inserts, first" holds the code "kr", which content/printed-links.json records as printed; a recorded run was removed',
    );
  });

  it('refuses the last run removed while its codes stay recorded as printed', () => {
    expect(printRunProblems([runs[0]!], printed)).toEqual([
      'content/print-runs.json: no run of "Inserts, second" holds the code "jp", which content/printed-links.json records as printed; a recorded run was removed',
    ]);
  });

  it('refuses runs swapped', () => {
    expect(printRunProblems([runs[1]!, runs[0]!], printed)).toHaveLength(2);
  });
});

describe('the origin the codes point at', () => {
  it('must be https', () => {
    expect(originProblem('http://localhost:4321', [])).toMatch(/^SITE_ORIGIN http:\/\/localhost:4321 is not an https/);
    expect(originProblem('https://help.example.org', [])).toBeUndefined();
  });

  it('must be the one earlier runs printed', () => {
    expect(originProblem('https://help.example.org', runs)).toBeUndefined();
    expect(originProblem('https://help.exmaple.org', runs)).toBe(
      'SITE_ORIGIN https://help.exmaple.org differs from https://help.example.org, which "Inserts, second" (2027-03-01) printed; a typo here would print a whole run of dead codes',
    );
  });
});
