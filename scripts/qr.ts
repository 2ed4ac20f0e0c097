/**
 * Makes what goes to print: for every short link, a QR code of its URL in
 * capitals (QR alphanumeric mode, error correction M, a 4-module quiet zone)
 * as SVG and PNG; for each destination's insert a contact QR code of its
 * numbers (qr/<code>-contacts.svg, error correction M, at least 0.5 mm a
 * module); the print sheet of passport inserts (inserts.html); and for
 * the printer inserts.pdf and an A6 leaflet-<code>.pdf per running campaign
 * (scripts/lib/print-pdf.ts). Only numbers that meet the print rule go on
 * them (src/lib/print/print-rule.ts); a named line that breaks it stops the run.
 * Codes newly marked printed in content/links.yaml are recorded in
 * content/printed-links.json and, card by card, in content/print-runs.json.
 *
 *   SITE_ORIGIN=https://… node scripts/qr.ts [--out print] [--quantity N] [--today YYYY-MM-DD]
 *     [--any-origin] [--no-pdf] [--root .]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { UiStringsSchema } from '../src/i18n/schema.ts';
import { calendarDate } from '../src/lib/content/campaigns.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { originProblem, printRunProblems, REGISTER_FILE } from '../src/lib/print/print-runs.ts';
import { printedLinkProblems } from '../src/lib/links/short-links.ts';
import { isLocalOrigin, parseSiteOrigin } from '../src/lib/pages/site.ts';
import { readCampaigns, readContactFiles, readPrintRuns, readShortLinks } from '../src/loaders/content-files.ts';
import { CONTACT_QR_WIDTH_MM, drawPdfs, printPdfJobs } from './lib/print-pdf.ts';
import { preparePrint, QR_OPTIONS, recordRuns } from './lib/print-job.ts';
import { printSheet } from './lib/print-sheet.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'print' },
    /** The project whose content to print; tests point it at a copy. */
    root: { type: 'string', default: resolve(import.meta.dirname, '..') },
    /** The day whose running campaigns get leaflets, YYYY-MM-DD; today in Ulaanbaatar if not given. */
    today: { type: 'string', default: calendarDate(new Date()) },
    /** How many were printed, recorded with a newly marked run. */
    quantity: { type: 'string' },
    /** Make codes for an origin that is not https, or not the one earlier runs printed. */
    'any-origin': { type: 'boolean', default: false },
    /** Skip drawing the PDFs: for checks of the content and the register only. */
    'no-pdf': { type: 'boolean', default: false },
  },
});
const root = resolve(values.root);
const today = values.today;
const out = resolve(values.out);

async function strings(locale: 'mn' | 'en') {
  return UiStringsSchema().parse(JSON.parse(await readFile(join(root, 'src', 'i18n', `${locale}.json`), 'utf8')));
}

try {
  const origin = parseSiteOrigin(process.env.SITE_ORIGIN);
  const { links, printed } = await readShortLinks(root);
  const runs = await readPrintRuns(root);
  const problems = [
    ...printedLinkProblems(links, printed).filter((problem) => !problem.includes('not yet recorded')),
    ...printRunProblems(runs, printed),
  ];
  if (problems.length > 0) throw new ContentError('Printed short links and print runs must not change:', problems);
  const quantity = values.quantity === undefined ? undefined : Number(values.quantity);
  if (quantity !== undefined && !(Number.isInteger(quantity) && quantity > 0)) {
    throw new ContentError('The quantity is not a count:', [
      `--quantity ${values.quantity}: expected a whole number above 0`,
    ]);
  }
  const badOrigin = originProblem(origin, runs);
  if (badOrigin && !values['any-origin']) {
    throw new ContentError('The codes would point at the wrong site:', [
      `${badOrigin}. Set SITE_ORIGIN, or pass --any-origin if this is meant${isLocalOrigin(origin) ? ' (a draft for the screen only)' : ''}.`,
    ]);
  }
  if (badOrigin) console.warn(`${badOrigin}; going on because --any-origin was given.`);
  const { hotlines, destinations, byId, lead } = await readContactFiles(root);
  const text = { mn: await strings('mn'), en: await strings('en') };
  const campaigns = await readCampaigns(root);
  const job = await preparePrint({ origin, today, links, hotlines, destinations, byId, lead, campaigns, text });

  await mkdir(join(out, 'qr'), { recursive: true });
  for (const [index, code] of job.codes.entries()) {
    await writeFile(join(out, 'qr', `${code.code}.svg`), code.svg);
    await QRCode.toFile(join(out, 'qr', `${code.code}.png`), code.url, { ...QR_OPTIONS, type: 'png', scale: 10 });
    console.log(
      `[${index + 1}/${job.codes.length}] ${code.code}: ${code.url}, QR version ${code.version}, ${code.modules} modules of ${code.moduleMm.toFixed(2)} mm`,
    );
  }
  for (const line of job.leftOff) console.log(line);
  for (const slug of job.withoutLink) {
    console.warn(
      `The campaign "${slug}" runs today but no short link leads to it: add "<code>: { target: campaigns/${slug} }" to content/links.yaml to print its leaflet.`,
    );
  }
  if (job.broken.length > 0) {
    throw new ContentError(
      'Print carries only numbers we would stake a life on. These lines are named for every card and break the print rule (src/lib/print/print-rule.ts), so no print sheet was written:',
      job.broken,
    );
  }
  for (const card of job.cards) {
    const qr = card.contactQr;
    if (!qr) continue;
    await writeFile(join(out, 'qr', `${card.code}-contacts.svg`), qr.svg);
    console.log(
      `${card.code}: contact QR of ${card.lines.length} numbers (${qr.text.length} bytes), version ${qr.version}, ` +
        `${qr.modules} modules of ${qr.moduleMm.toFixed(2)} mm: ${CONTACT_QR_WIDTH_MM} mm square with its quiet zone`,
    );
  }
  await writeFile(join(out, 'inserts.html'), printSheet(job.cards, text));
  if (!values['no-pdf']) await drawPdfs(printPdfJobs(job, text, out));

  const recording = recordRuns(links, printed, runs, job, origin, quantity);
  if (recording) {
    for (const message of recording.messages) console.log(message);
    await writeFile(join(root, REGISTER_FILE), `${JSON.stringify(recording.runs, null, 2)}\n`);
    await writeFile(join(root, 'content', 'printed-links.json'), `${JSON.stringify(recording.printed, null, 2)}\n`);
    console.log(
      `Recorded ${recording.printed.length - printed.length} newly printed code(s) in content/printed-links.json.`,
    );
  }
  const largest = job.codes.reduce((most, code) => (code.modules > most.modules ? code : most));
  console.log(
    `\n${job.codes.length} codes, the print sheet ${join(values.out, 'inserts.html')} and ${join(values.out, 'inserts.pdf')} written. ` +
      `Largest: "${largest.code}", QR version ${largest.version}, ${largest.modules}×${largest.modules} modules, ` +
      `${largest.moduleMm.toFixed(2)} mm each.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
