/**
 * The checks a print shop makes on the inserts' PDF, with tools independent
 * of the one that drew it: poppler (pdfinfo, pdffonts, pdfimages, pdftotext,
 * pdftoppm) and zbar (zbarimg). The PDF is drawn once for the whole file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { BLEED_MM, INSERT_TRIM, pageSize } from '../../scripts/lib/print-pdf.ts';
import { printFixture } from '../support/print-fixture.ts';

const ORIGIN = 'https://help.example.org';
const POINTS_PER_MM = 72 / 25.4;

test.describe.configure({ mode: 'serial' });

let out: string;
let codes: string[];

test.beforeAll(() => {
  const root = printFixture();
  out = mkdtempSync(join(tmpdir(), 'print-pdf-'));
  const run = spawnSync(process.execPath, ['scripts/qr.ts', '--root', root, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, SITE_ORIGIN: ORIGIN },
  });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  expect(run.stdout).toMatch(/drawing \d+ passport inserts/);
  codes = Object.keys(yaml.load(readFileSync(join(root, 'content/links.yaml'), 'utf8')) as object);
});

const pdf = () => join(out, 'inserts.pdf');
// zbar complains on stderr about a missing D-Bus; only its output matters.
const tool = (name: string, args: string[]) =>
  execFileSync(name, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

test('every page is the trim plus bleed, within 0.5 mm', () => {
  const expected = pageSize(INSERT_TRIM, BLEED_MM);
  const info = tool('pdfinfo', ['-f', '1', '-l', String(codes.length), pdf()]);
  expect(info).toMatch(new RegExp(`^Pages:\\s+${codes.length}$`, 'm'));
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)];
  expect(sizes).toHaveLength(codes.length);
  for (const [, width, height] of sizes) {
    expect(Math.abs(Number(width) / POINTS_PER_MM - expected.width)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(Number(height) / POINTS_PER_MM - expected.height)).toBeLessThanOrEqual(0.5);
  }
});

test('fonts are embedded and the codes are vectors, not pictures', () => {
  const fonts = tool('pdffonts', [pdf()]).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font).toMatch(/DejaVuSans/);
    // Columns: name, type, encoding, emb, sub, uni.
    expect(font.split(/\s+/).slice(-5)[0], font).toBe('yes');
  }
  expect(tool('pdfimages', ['-list', pdf()]).split('\n').slice(2).filter(Boolean)).toEqual([]);
});

test('each page has its text in both languages, extractable', () => {
  const host = new URL(ORIGIN).host;
  for (const [index, code] of codes.entries()) {
    const page = String(index + 1);
    const text = tool('pdftotext', ['-f', page, '-l', page, pdf(), '-']);
    expect(text).toContain('Scan for help');
    expect(text).toContain('уншуулаарай');
    expect(text).toContain(`${host}/go/${code}`);
    expect(text).toMatch(/\+?\d[\d ]{1,}\d/);
  }
});

test('every code decodes with zbar to its page’s URL', () => {
  const images = mkdtempSync(join(tmpdir(), 'print-pdf-png-'));
  tool('pdftoppm', ['-r', '200', '-gray', '-png', pdf(), join(images, 'page')]);
  const pages = readdirSync(images).sort();
  expect(pages).toHaveLength(codes.length);
  for (const [index, code] of codes.entries()) {
    const decoded = tool('zbarimg', ['-q', '--raw', join(images, pages[index]!)]).trim();
    expect(decoded).toBe(`${ORIGIN.toUpperCase()}/GO/${code.toUpperCase()}`);
  }
});
