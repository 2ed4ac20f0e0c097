/**
 * Makes the passport inserts: for every short link, a QR code of its URL in
 * capitals (QR alphanumeric mode, error correction M, a 4-module quiet zone)
 * as SVG and PNG, and one print sheet of passport-sized cards. Codes marked
 * printed in content/links.yaml are recorded in content/printed-links.json.
 *
 * It also draws print/inserts.pdf for the printer: see scripts/lib/print-pdf.ts.
 *
 *   node scripts/qr.ts [--out print] [--root .]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { ContentError } from '../src/lib/content-error.ts';
import { type Contact, isPublished } from '../src/lib/contacts.ts';
import { MONGOLIA_EMERGENCY_LINES, MONGOLIA_KEY_LINES } from '../src/lib/key-lines.ts';
import { type PrintableContact, type PrintablePhone, printRuleMessages } from '../src/lib/print-rule.ts';
import { helpCard, reachableFromAbroad } from '../src/lib/destinations.ts';
import { isLocalOrigin, parseSiteOrigin } from '../src/lib/site.ts';
import { printedLinkProblems, qrUrl, recordPrinted, typedUrl } from '../src/lib/short-links.ts';
import { UiStringsSchema } from '../src/i18n/schema.ts';
import { readCampaigns, readContactFiles, readPrintRuns, readShortLinks } from './lib/content-files.ts';
import { appendRun, originProblem, printRunProblems, REGISTER_FILE } from '../src/lib/print-runs.ts';
import type { PrintedCard } from '../src/schemas/print-run.ts';
import { insertRecord, type InsertCard, printedLine, printSheet } from './lib/print-sheet.ts';
import {
  drawPdfs,
  INSERT_TRIM,
  insertPdfHtml,
  LEAFLET_TRIM,
  type Leaflet,
  leafletPdfHtml,
  leafletRecord,
  MIN_MODULE_MM,
  moduleSize,
  pageSize,
} from './lib/print-pdf.ts';
import { calendarDate, campaignPhase } from '../src/lib/campaigns.ts';

/** QR options for print: error correction M survives smudges and creases; 4 modules of quiet zone. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

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

/** A contact as the print rule reads it; a number for text messages is not a voice line. */
function printable(contact: Contact): PrintableContact & { phones: PrintablePhone[] } {
  return {
    ...contact,
    phones: contact.phones.map((phone) => ({
      ...phone,
      line: (phone as PrintablePhone).line ?? (phone.kind === 'sms' ? 'sms' : 'voice'),
    })),
  };
}

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
  const { hotlines, destinations, byId } = await readContactFiles(root);
  const text = { mn: await strings('mn'), en: await strings('en') };

  await mkdir(join(out, 'qr'), { recursive: true });
  const cards: InsertCard[] = [];
  /** Campaign short links, by target, for the leaflets. */
  const codesOf = new Map<string, { code: string; svg: string }>();
  /** What each printed card holds, by code, for the register. */
  const records = new Map<string, PrintedCard>();
  const fromAbroad = reachableFromAbroad(hotlines);
  let largest = { code: '', version: 0, modules: 0 };
  /** Numbers named for print that break the print rule: the sheet is refused. */
  const broken = new Set<string>();
  /** A country's own numbers that break it: left off its card, which says so if nothing is left. */
  const leftOff: string[] = [];
  /** A line a card must carry: a Mongolian key line, the line from abroad, a campaign's call. */
  const named = (contact: Contact, label?: { mn: string; en: string }) => {
    const problems = printRuleMessages(printable(contact), 0, { emergency: MONGOLIA_EMERGENCY_LINES.has(contact.id) });
    for (const problem of problems) broken.add(problem);
    return problems.length === 0 ? printedLine(contact, label) : undefined;
  };
  /** A country's own number, printed only if it meets the rule; never replaced by a weaker one. */
  const local = (code: string, contact: Contact, emergency: boolean, label?: { mn: string; en: string }) => {
    const problems = printRuleMessages(printable(contact), 0, { emergency });
    leftOff.push(...problems.map((problem) => `/go/${code}: left off: ${problem}`));
    return problems.length === 0 ? printedLine(contact, label) : undefined;
  };
  const keyLines = MONGOLIA_KEY_LINES.map((id) => byId.get(id))
    .filter((contact) => contact && isPublished(contact))
    .map((contact) => named(contact!))
    .filter((line) => line !== undefined);
  const abroadLines = fromAbroad.map((contact) => named(contact)).filter((line) => line !== undefined);
  for (const [index, link] of links.entries()) {
    const url = qrUrl(origin, link.code);
    const qr = QRCode.create(url, QR_OPTIONS);
    const svg = await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
    await writeFile(join(out, 'qr', `${link.code}.svg`), svg);
    await QRCode.toFile(join(out, 'qr', `${link.code}.png`), url, { ...QR_OPTIONS, type: 'png', scale: 10 });
    if (qr.modules.size > largest.modules) largest = { code: link.code, version: qr.version, modules: qr.modules.size };
    const module = moduleSize(qr.modules.size, QR_OPTIONS.margin);
    if (module < MIN_MODULE_MM) {
      throw new ContentError('A QR code would print too small:', [
        `content/links.yaml: ${link.code}: ${url} needs ${qr.modules.size} modules, ${module.toFixed(2)} mm each; print needs at least ${MIN_MODULE_MM} mm — use a shorter SITE_ORIGIN or code`,
      ]);
    }
    console.log(
      `[${index + 1}/${links.length}] ${link.code}: ${url}, QR version ${qr.version}, ${qr.modules.size} modules of ${module.toFixed(2)} mm`,
    );

    const destination = destinations.find((each) => `abroad/${each.slug}` === link.target);
    if (destination) {
      const card = helpCard(destination, hotlines, byId);
      const mission = card.missions.find((contact) => contact.phones.length > 0);
      const own = [
        card.emergency[0] && local(link.code, card.emergency[0], true),
        mission &&
          local(link.code, mission, false, {
            mn: text.mn.contact.missionKind[mission.mission!.kind],
            en: text.en.contact.missionKind[mission.mission!.kind],
          }),
      ].filter((line) => line !== undefined);
      cards.push({
        code: link.code,
        svg,
        url: typedUrl(origin, link.code),
        place: destination.name,
        lines: [...own, ...abroadLines],
        ...(own.length === 0 ? { note: { mn: text.mn.print.nothingLocal, en: text.en.print.nothingLocal } } : {}),
      });
    } else if (link.target === 'abroad') {
      cards.push({
        code: link.code,
        svg,
        url: typedUrl(origin, link.code),
        lines: abroadLines,
        note: { mn: text.mn.print.everyCountry, en: text.en.print.everyCountry },
      });
    } else if (link.target.startsWith('campaigns/')) {
      codesOf.set(link.target, { code: link.code, svg });
    } else {
      cards.push({
        code: link.code,
        svg,
        url: typedUrl(origin, link.code),
        place: { mn: text.mn.hotlines.title, en: text.en.hotlines.title },
        lines: keyLines,
      });
    }
  }
  for (const line of leftOff) console.log(line);
  if (broken.size > 0) {
    throw new ContentError(
      'Print carries only numbers we would stake a life on; these lines are named for print and break the print rule (see src/lib/print-rule.ts), so no print sheet was written:',
      [...broken],
    );
  }
  for (const card of cards) records.set(card.code, insertRecord(card, qrUrl(origin, card.code), text));
  await writeFile(join(out, 'inserts.html'), printSheet(cards, text));
  const leaflets: Leaflet[] = [];
  for (const campaign of await readCampaigns(root)) {
    if (campaignPhase(campaign.data.mn, today) !== 'current') continue;
    const link = codesOf.get(`campaigns/${campaign.slug}`);
    if (!link) {
      console.warn(
        `The campaign "${campaign.slug}" runs today but no short link leads to it: add "<code>: { target: campaigns/${campaign.slug} }" to content/links.yaml to print its leaflet.`,
      );
      continue;
    }
    const call = byId.get(campaign.data.mn.call);
    const callLine = call && named(call);
    if (!callLine) continue;
    leaflets.push({
      code: link.code,
      svg: link.svg,
      url: typedUrl(origin, link.code),
      title: { mn: campaign.data.mn.title, en: campaign.data.en.title },
      call: callLine,
      lines: keyLines,
    });
  }
  for (const leaflet of leaflets) records.set(leaflet.code, leafletRecord(leaflet, qrUrl(origin, leaflet.code), text));
  if (!values['no-pdf'])
    await drawPdfs([
      {
        file: join(out, 'inserts.pdf'),
        html: insertPdfHtml(cards, text),
        size: pageSize(INSERT_TRIM),
        label: `${cards.length} passport inserts`,
      },
      ...leaflets.map((leaflet) => ({
        file: join(out, `leaflet-${leaflet.code}.pdf`),
        html: leafletPdfHtml([leaflet], text),
        size: pageSize(LEAFLET_TRIM),
        label: `the A6 leaflet for /go/${leaflet.code}`,
      })),
    ]);

  const recorded = recordPrinted(links, printed);
  if (recorded.length > printed.length) {
    const fresh = recorded.slice(printed.length);
    let register = runs;
    for (const edition of new Set(fresh.map((entry) => entry.printed!.edition))) {
      const batch = fresh.filter((entry) => entry.printed!.edition === edition);
      const missing = batch.filter((entry) => !records.has(entry.code));
      if (missing.length > 0) {
        throw new ContentError('A code marked printed has no card to record:', [
          ...missing.map(
            (entry) =>
              `content/links.yaml: ${entry.code}.printed: "${entry.target}" has no insert or leaflet today (a campaign gets a leaflet only while it runs)`,
          ),
        ]);
      }
      register = appendRun(register, {
        version: 1,
        edition,
        date: batch[0]!.printed!.date,
        ...(quantity === undefined ? {} : { quantity }),
        origin,
        cards: batch.map((entry) => records.get(entry.code)!),
      });
      console.log(`Recorded the run "${edition}" (${batch.length} card(s)) in ${REGISTER_FILE}.`);
    }
    await writeFile(join(root, REGISTER_FILE), `${JSON.stringify(register, null, 2)}\n`);
    await writeFile(join(root, 'content', 'printed-links.json'), `${JSON.stringify(recorded, null, 2)}\n`);
    console.log(`Recorded ${recorded.length - printed.length} newly printed code(s) in content/printed-links.json.`);
  }
  console.log(
    `\n${links.length} codes, the print sheet ${join(values.out, 'inserts.html')} and ${join(values.out, 'inserts.pdf')} written. ` +
      `Largest: "${largest.code}", QR version ${largest.version}, ${largest.modules}×${largest.modules} modules, ` +
      `${moduleSize(largest.modules, QR_OPTIONS.margin).toFixed(2)} mm each.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
