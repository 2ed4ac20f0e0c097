/**
 * Marking a batch printed: `npm run qr` records the run in
 * content/print-runs.json, with the exact numbers and texts on each card,
 * and refuses to go on once a recorded run has been edited or removed, or
 * when the codes would point at another site than earlier runs printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PrintRunsSchema, type PrintRun } from '../../src/schemas/print-run.ts';
import { printFixture } from '../support/print-fixture.ts';

const project = resolve(import.meta.dirname, '../..');
const ORIGIN = 'https://help.example.org';

function qr(root: string, args: string[] = [], origin = ORIGIN) {
  const out = mkdtempSync(join(tmpdir(), 'print-runs-out-'));
  return spawnSync(
    process.execPath,
    [join(project, 'scripts/qr.ts'), '--root', root, '--out', out, '--no-pdf', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, SITE_ORIGIN: origin },
    },
  );
}

const register = (root: string) =>
  PrintRunsSchema().parse(JSON.parse(readFileSync(join(root, 'content/print-runs.json'), 'utf8')));

describe('marking a batch printed', () => {
  const root = printFixture();
  let runs: PrintRun[];

  beforeAll(() => {
    const links = join(root, 'content/links.yaml');
    writeFileSync(
      links,
      readFileSync(links, 'utf8').replace(
        'kr:\n  target: abroad/kr\n',
        'kr:\n  target: abroad/kr\n  printed:\n    edition: Passport inserts, first edition\n    date: 2026-12-01\n',
      ),
    );
    const run = qr(root, ['--quantity', '5000']);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('Recorded the run "Passport inserts, first edition" (1 card(s))');
    runs = register(root);
  }, 60_000);

  it('records the date, quantity, origin, and each card’s link, numbers and texts', () => {
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({
      version: 1,
      edition: 'Passport inserts, first edition',
      date: '2026-12-01',
      quantity: 5000,
      origin: ORIGIN,
      previous: '',
    });
    expect(run!.cards.map((card) => [card.kind, card.code, card.qr, card.link])).toEqual([
      ['insert', 'kr', 'HTTPS://HELP.EXAMPLE.ORG/GO/KR', 'help.example.org/go/kr'],
    ]);
    expect(run!.cards[0]!.lines.length).toBeGreaterThan(0);
    for (const line of run!.cards[0]!.lines) expect(line.number).toMatch(/\d/);
    expect(run!.cards[0]!.texts.mn).toContain('Өмнөд Солонгос');
    expect(run!.cards[0]!.texts.en).toContain('Scan for help');
  });

  it('records a run once', () => {
    const again = qr(root);
    expect(again.status, again.stderr).toBe(0);
    expect(register(root)).toEqual(runs);
  }, 60_000);

  it('refuses another origin than the one the run printed, unless told', () => {
    const typo = qr(root, [], 'https://help.exmaple.org');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain(
      'SITE_ORIGIN https://help.exmaple.org differs from https://help.example.org, which "Passport inserts, first edition" (2026-12-01) printed',
    );
    expect(qr(root, ['--any-origin'], 'https://help.exmaple.org').status).toBe(0);
  }, 60_000);

  it('refuses a recorded number edited later, naming the run', () => {
    const file = join(root, 'content/print-runs.json');
    const original = readFileSync(file, 'utf8');
    const edited = structuredClone(runs);
    edited[0]!.cards[0]!.lines[0]!.number = '119';
    writeFileSync(file, JSON.stringify(edited));
    const run = qr(root);
    writeFileSync(file, original);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'content/print-runs.json: runs[0] ("Passport inserts, first edition", 2026-12-01): differs from what was recorded when it was printed; print runs are never edited',
    );
  }, 60_000);

  it('refuses the run removed', () => {
    const file = join(root, 'content/print-runs.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, '[]\n');
    const run = qr(root);
    writeFileSync(file, original);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no run of "Passport inserts, first edition" holds the code "kr"');
  }, 60_000);
});
