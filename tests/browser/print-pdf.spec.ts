/**
 * The checks a print shop makes on the PDFs `npm run qr` draws, with tools
 * independent of the one that drew them: poppler (pdfinfo, pdffonts,
 * pdfimages, pdftotext, pdftoppm) and zbar (zbarimg), which must find both
 * codes of a destination's insert, the short link and the contact vCard. The PDFs are drawn
 * once for the whole file, from the project's content with every line
 * strengthened to meet the print rule.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { preparePrint } from '../../scripts/lib/print-job.ts';
import {
  drawPdfs,
  INSERT_TRIM,
  LEAFLET_TRIM,
  pageSize,
  printPdfJobs,
  type PrintSize,
} from '../../scripts/lib/print-pdf.ts';
import { zbarDecode } from '../support/contact-qr-read.ts';
import { strongContent } from '../support/print-fixture.ts';

const ORIGIN = 'https://help.example.org';
const POINTS_PER_MM = 72 / 25.4;
/** A day the standing campaign "keep-these-numbers" runs. */
const TODAY = '2026-12-01';

test.describe.configure({ mode: 'serial' });

interface Drawn {
  file: string;
  size: PrintSize;
  /** The short-link code on each page, in order. */
  codes: string[];
}
let drawn: Drawn[];
let output: string;
/** The vCard each insert's contact QR code holds, by short-link code. */
let contactCodes: Map<string, string>;

test.beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'print-pdf-'));
  const content = await strongContent(ORIGIN, TODAY);
  const job = await preparePrint(content);
  expect(job.broken).toEqual([]);
  contactCodes = new Map(job.cards.flatMap((card) => (card.contactQr ? [[card.code, card.contactQr.text]] : [])));
  expect(contactCodes.size).toBeGreaterThanOrEqual(15);
  const lines: string[] = [];
  await drawPdfs(printPdfJobs(job, content.text, out), (line) => lines.push(line));
  output = lines.join('\n');
  const links = content.links;
  drawn = [
    {
      file: join(out, 'inserts.pdf'),
      size: pageSize(INSERT_TRIM),
      codes: links.filter((link) => !link.target.startsWith('campaigns/')).map((link) => link.code),
    },
    ...links
      .filter((link) => link.target === 'campaigns/keep-these-numbers')
      .map((link) => ({
        file: join(out, `leaflet-${link.code}.pdf`),
        size: pageSize(LEAFLET_TRIM),
        codes: [link.code],
      })),
  ];
  expect(drawn).toHaveLength(2);
});

// zbar complains on stderr about a missing D-Bus; only its output matters.
const tool = (name: string, args: string[]) =>
  execFileSync(name, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

test('progress is shown for each PDF as it is drawn', () => {
  for (const [index, { file }] of drawn.entries()) {
    expect(output).toContain(`[${index + 1}/${drawn.length}] ${file} written`);
  }
});

test('every page is the trim plus bleed, within 0.5 mm', () => {
  for (const { file, size, codes } of drawn) {
    const info = tool('pdfinfo', ['-f', '1', '-l', String(codes.length), file]);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${codes.length}$`, 'm'));
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)];
    expect(sizes).toHaveLength(codes.length);
    for (const [, width, height] of sizes) {
      expect(Math.abs(Number(width) / POINTS_PER_MM - size.width), file).toBeLessThanOrEqual(0.5);
      expect(Math.abs(Number(height) / POINTS_PER_MM - size.height), file).toBeLessThanOrEqual(0.5);
    }
  }
});

test('fonts are embedded and the codes are vectors, not pictures', () => {
  for (const { file } of drawn) {
    const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatch(/DejaVuSans/);
      // Columns end: encoding, emb, sub, uni, object, generation.
      expect(font.split(/\s+/).slice(-5)[0], font).toBe('yes');
    }
    expect(tool('pdfimages', ['-list', file]).split('\n').slice(2).filter(Boolean)).toEqual([]);
  }
});

test('each page has its text in both languages, extractable', () => {
  const host = new URL(ORIGIN).host;
  for (const { file, codes } of drawn) {
    for (const [index, code] of codes.entries()) {
      const page = String(index + 1);
      const text = tool('pdftotext', ['-f', page, '-l', page, file, '-']);
      expect(text).toContain('Scan for help');
      expect(text).toContain('уншуулаарай');
      expect(text).toContain('These numbers work without internet.');
      expect(text).toContain('Интернэтгүй');
      expect(text).toContain(`${host}/go/${code}`);
      if (contactCodes.has(code) && !file.includes('leaflet')) expect(text).toContain('Scan to save these numbers');
      expect(text).toMatch(/^\+?\d[\d -]*\d$/m);
    }
  }
});

test('every code decodes with zbar: its page’s URL, and on a destination’s insert the vCard of its numbers', () => {
  for (const { file, codes } of drawn) {
    const images = mkdtempSync(join(tmpdir(), 'print-pdf-png-'));
    tool('pdftoppm', ['-r', '200', '-gray', '-png', file, join(images, 'page')]);
    const pages = readdirSync(images).sort();
    expect(pages).toHaveLength(codes.length);
    for (const [index, code] of codes.entries()) {
      const decoded = zbarDecode(readFileSync(join(images, pages[index]!)));
      const vcard = contactCodes.get(code);
      expect(decoded.sort(), `${file} page ${index + 1}`).toEqual(
        [
          `${ORIGIN.toUpperCase()}/GO/${code.toUpperCase()}`,
          ...(vcard && !file.includes('leaflet') ? [vcard] : []),
        ].sort(),
      );
    }
  }
});
