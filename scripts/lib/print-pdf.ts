/**
 * Print-ready PDFs of the passport inserts, drawn with Chromium's own PDF
 * printing: one insert per page, the page the trim size plus bleed, crop
 * marks in the bleed at the trim lines, text as text, QR codes as vector
 * paths, and DejaVu Sans (Debian's fonts-dejavu-core) embedded.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { UiStrings } from '../../src/i18n/schema.ts';
import type { PrintedCard, PrintedLine } from '../../src/schemas/print-run.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { CARD_CSS, cardHtml, escape, type InsertCard } from './print-sheet.ts';

/** Millimetres. */
export interface PrintSize {
  width: number;
  height: number;
}

/**
 * The insert's trim: 85 × 120 mm, portrait. A passport's pages are ISO/IEC
 * 7810 ID-3, 125 × 88 mm (ICAO Doc 9303 Part 4, the TD3 booklet); the insert
 * is 3 mm narrower and 5 mm shorter so it lies inside the closed booklet
 * without showing at its edges.
 */
export const INSERT_TRIM: PrintSize = { width: 85, height: 120 };

/** Bleed on every side: 3 mm, what print shops ask for by default. */
export const BLEED_MM = 3;

/** Crop marks stop this far short of the trim, so none shows on a slightly mis-cut card. */
const MARK_GAP_MM = 1;

/** The smallest QR module a print shop's plate and a cheap phone camera both manage. */
export const MIN_MODULE_MM = 0.5;

/** The QR code's printed width on an insert, quiet zone included (the card's `.qr` width). */
export const QR_WIDTH_MM = 32;

/**
 * The contact QR code's printed width beside it, quiet zone included (the
 * card's `.qr.contact` width): with the short link's code and a 2 mm gap it
 * fills the card's 75 mm between its margins.
 */
export const CONTACT_QR_WIDTH_MM = 40;

/** The page Chromium prints: trim plus bleed on every side. */
export function pageSize(trim: PrintSize, bleed: number = BLEED_MM): PrintSize {
  return { width: trim.width + 2 * bleed, height: trim.height + 2 * bleed };
}

/** A module's size in mm for a code of `modules` modules a side with `margin` modules of quiet zone, at `width` mm. */
export function moduleSize(modules: number, margin: number, width: number = QR_WIDTH_MM): number {
  return width / (modules + 2 * margin);
}

/**
 * Crop marks as an SVG over the whole page: at each corner, one line on the
 * line of each trim edge, from the page's edge to `MARK_GAP_MM` short of the
 * trim, 0.1 mm (about 0.25 pt) black — all within the bleed, which is cut off.
 */
export function cropMarks(trim: PrintSize, bleed: number = BLEED_MM): string {
  const page = pageSize(trim, bleed);
  const reach = bleed - MARK_GAP_MM;
  const left = bleed;
  const right = bleed + trim.width;
  const top = bleed;
  const bottom = bleed + trim.height;
  const lines = [
    // Vertical marks above and below the trim, on its left and right edges.
    ...[left, right].flatMap((x) => [`M${x} 0v${reach}`, `M${x} ${page.height}v${-reach}`]),
    // Horizontal marks left and right of the trim, on its top and bottom edges.
    ...[top, bottom].flatMap((y) => [`M0 ${y}h${reach}`, `M${page.width} ${y}h${-reach}`]),
  ];
  return `<svg class="marks" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${page.width} ${page.height}" aria-hidden="true"><path d="${lines.join('')}" stroke="#000" stroke-width="0.1" fill="none"/></svg>`;
}

/** A page of print: trim plus bleed, crop marks, and the content placed on the trim. */
function printDocument(
  title: string,
  contents: readonly string[],
  trim: PrintSize,
  bleed: number,
  css: string,
): string {
  const page = pageSize(trim, bleed);
  const pages = contents
    .map((content) => `<div class="page">${cropMarks(trim, bleed)}<div class="trim">${content}</div></div>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="mn">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
  @page { size: ${page.width}mm ${page.height}mm; margin: 0; }
  ${css}
  /* Only fonts Debian ships, so the PDF embeds the same glyphs on every machine. */
  body { font-family: 'DejaVu Sans', sans-serif; }
  .page { position: relative; width: ${page.width}mm; height: ${page.height}mm; overflow: hidden; break-after: page; }
  .page:last-child { break-after: auto; }
  .marks { position: absolute; inset: 0; width: 100%; height: 100%; }
  .trim { position: absolute; left: ${bleed}mm; top: ${bleed}mm; width: ${trim.width}mm; height: ${trim.height}mm; }
  .card { width: 100%; height: 100%; }
  .qr { width: ${QR_WIDTH_MM}mm; }
  .qr.contact { width: ${CONTACT_QR_WIDTH_MM}mm; }
</style>
</head>
<body>
${pages}
</body>
</html>
`;
}

/** The HTML Chromium prints for the inserts: one page per insert. */
export function insertPdfHtml(
  cards: readonly InsertCard[],
  strings: { mn: UiStrings; en: UiStrings },
  trim: PrintSize = INSERT_TRIM,
  bleed: number = BLEED_MM,
): string {
  return printDocument(
    `${strings.mn.print.sheetTitle} — ${strings.en.print.sheetTitle}`,
    cards.map((card) => cardHtml(card, strings)),
    trim,
    bleed,
    CARD_CSS,
  );
}

/** A6 (ISO 216), portrait: the leaflet handed out with a campaign. */
export const LEAFLET_TRIM: PrintSize = { width: 105, height: 148 };

export interface Leaflet {
  /** The campaign's short link code. */
  code: string;
  svg: string;
  url: string;
  /** The campaign's title in both languages. */
  title: { mn: string; en: string };
  /** The number the campaign asks people to call, when it names one. */
  call?: PrintedLine;
  /** The key numbers, most urgent first. */
  lines: PrintedLine[];
}

/** What the register of print runs keeps of a leaflet: its code, its numbers, and every other text on it. */
export function leafletRecord(leaflet: Leaflet, qr: string, strings: { mn: UiStrings; en: UiStrings }): PrintedCard {
  const texts = (locale: 'mn' | 'en') => [
    leaflet.title[locale],
    ...(leaflet.call ? [strings[locale].campaigns.call] : []),
    strings[locale].print.scan,
    leaflet.url,
    strings[locale].hotlines.title,
    strings[locale].print.offline,
  ];
  return {
    kind: 'leaflet',
    code: leaflet.code,
    qr,
    link: leaflet.url,
    lines: [...(leaflet.call ? [leaflet.call] : []), ...leaflet.lines],
    texts: { mn: texts('mn'), en: texts('en') },
  };
}

/** The HTML Chromium prints for the campaigns' leaflets: one A6 page each. */
export function leafletPdfHtml(
  leaflets: readonly Leaflet[],
  strings: { mn: UiStrings; en: UiStrings },
  trim: PrintSize = LEAFLET_TRIM,
  bleed: number = BLEED_MM,
): string {
  const both = (mn: string, en: string) => `${escape(mn)}<span class="en" lang="en">${escape(en)}</span>`;
  const line = ({ label, number }: PrintedLine) =>
    `<li><span class="label">${both(label.mn, label.en)}</span> <b>${escape(number)}</b></li>`;
  return printDocument(
    `${strings.mn.campaigns.title} — ${strings.en.campaigns.title}`,
    leaflets.map(
      (leaflet) => `<section class="card leaflet" aria-label="${escape(leaflet.code)}">
  <h1>${both(leaflet.title.mn, leaflet.title.en)}</h1>
  ${
    leaflet.call
      ? `<p class="act">${both(strings.mn.campaigns.call, strings.en.campaigns.call)}</p>
  <ul class="call">${line(leaflet.call)}</ul>`
      : ''
  }
  <div class="qr">${leaflet.svg}</div>
  <h2>${both(strings.mn.print.scan, strings.en.print.scan)}</h2>
  <p class="url">${escape(leaflet.url)}</p>
  <h2 class="key">${both(strings.mn.hotlines.title, strings.en.hotlines.title)}</h2>
  <ul>${leaflet.lines.map(line).join('')}</ul>
  <p class="offline">${both(strings.mn.print.offline, strings.en.print.offline)}</p>
</section>`,
    ),
    trim,
    bleed,
    `${CARD_CSS}
  .leaflet { padding: 6mm; gap: 1.2mm; }
  .leaflet h1 { margin: 0; font-size: 13pt; line-height: 1.15; }
  .leaflet .act { font-weight: bold; }
  .leaflet .call b { font-size: 13pt; }
  .leaflet h2 { font-size: 10pt; }
  .leaflet .url { margin-top: 0; }
  .leaflet .key { margin-top: 1mm; text-align: start; }
  .leaflet li b { font-size: 10pt; }
  .leaflet .offline { margin-top: auto; }`,
  );
}

export interface PdfJob {
  /** Where to write it. */
  file: string;
  html: string;
  /** The page size in mm. */
  size: PrintSize;
  /** What it is, for progress lines. */
  label: string;
}

/** Draws each job to its file with one Chromium, reporting each as it starts and ends. */
export async function drawPdfs(jobs: readonly PdfJob[], log: (line: string) => void = console.log): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const [index, job] of jobs.entries()) {
      const started = Date.now();
      log(`[${index + 1}/${jobs.length}] drawing ${job.label} (${job.size.width} × ${job.size.height} mm)…`);
      await page.setContent(job.html, { waitUntil: 'load' });
      await page.pdf({
        path: job.file,
        width: `${job.size.width}mm`,
        height: `${job.size.height}mm`,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        // The CSS page size: Chromium then keeps it to 0.1 mm; its own paper sizes round to whole pixels.
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
      });
      log(`[${index + 1}/${jobs.length}] ${job.file} written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
  }
}

/** The PDFs of a run: the inserts, and one leaflet per running campaign. */
export function printPdfJobs(
  job: { cards: readonly InsertCard[]; leaflets: readonly Leaflet[] },
  strings: { mn: UiStrings; en: UiStrings },
  out: string,
): PdfJob[] {
  return [
    {
      file: join(out, 'inserts.pdf'),
      html: insertPdfHtml(job.cards, strings),
      size: pageSize(INSERT_TRIM),
      label: `${job.cards.length} passport inserts`,
    },
    ...job.leaflets.map((leaflet) => ({
      file: join(out, `leaflet-${leaflet.code}.pdf`),
      html: leafletPdfHtml([leaflet], strings),
      size: pageSize(LEAFLET_TRIM),
      label: `the A6 leaflet for /go/${leaflet.code}`,
    })),
  ];
}
