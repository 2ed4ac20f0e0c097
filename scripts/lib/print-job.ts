/**
 * What a print run holds, worked out from content: a QR code per short link,
 * the passport inserts, a leaflet per running campaign, and what the
 * register keeps of each card. Every number passes the print rule
 * (src/lib/print/print-rule.ts) or is named: a line every card must carry (a
 * Mongolian key line, the line from abroad, a campaign's call) that breaks it
 * refuses the run; a country's own number that breaks it is left off its
 * card, which then says it has none rather than print a weaker one. A
 * destination's card also carries a contact QR code holding exactly the
 * numbers printed on it (src/lib/contacts/contact-qr.ts).
 */
import QRCode from 'qrcode';
import type { UiStrings } from '../../src/i18n/schema.ts';
import { campaignPhase } from '../../src/lib/content/campaigns.ts';
import { callablePhones, type Contact, isPublished } from '../../src/lib/contacts/contacts.ts';
import { contactQrText, PRINTED_QR_LEVEL } from '../../src/lib/contacts/contact-qr.ts';
import { printedHref } from '../../src/lib/print/printed-changes.ts';
import { ContentError } from '../../src/lib/content/content-error.ts';
import {
  callLinkPhone,
  type Destination,
  destinationAt,
  dialsFrom,
  helpCard,
  reachableFromAbroad,
} from '../../src/lib/contacts/destinations.ts';
import type { LeadLines } from '../../src/lib/contacts/lead-lines.ts';
import { appendRun, REGISTER_FILE } from '../../src/lib/print/print-runs.ts';
import { type PrintableContact, type PrintablePhone, printRuleMessages } from '../../src/lib/print/print-rule.ts';
import { qrUrl, recordPrinted, type ShortLinkEntry, typedUrl } from '../../src/lib/links/short-links.ts';
import type { PrintedCard, PrintedLine, PrintRun } from '../../src/schemas/print-run.ts';
import type { CampaignTwins } from '../../src/loaders/content-files.ts';
import { CONTACT_QR_WIDTH_MM, type Leaflet, leafletRecord, MIN_MODULE_MM, moduleSize } from './print-pdf.ts';
import { type ContactCode, type InsertCard, insertRecord, printedLine } from './print-sheet.ts';

/** QR options for print: error correction M survives smudges and creases; 4 modules of quiet zone. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** QR options for the contact code on an insert: the same, for the same card (see PRINTED_QR_LEVEL). */
export const CONTACT_QR_OPTIONS = { errorCorrectionLevel: PRINTED_QR_LEVEL, margin: 4 } as const;

/**
 * The contact QR code of a card: a vCard of exactly the numbers printed on
 * it, dialled as their call links dial them, named in ASCII (Mongolian in
 * Latin letters, as the card is Mongolian first). Throws a ContentError when
 * it would print with modules under MIN_MODULE_MM.
 */
async function contactCode(
  code: string,
  name: string,
  lines: readonly PrintedLine[],
  byId: ReadonlyMap<string, Contact>,
): Promise<ContactCode> {
  const text = contactQrText(
    name,
    lines.map((line) => {
      const href = printedHref(callLinkPhone(byId.get(line.contact)!)!)!;
      return { label: line.label.mn, dial: href.replace(/^tel:/, ''), written: line.number };
    }),
  );
  const qr = QRCode.create(text, CONTACT_QR_OPTIONS);
  const moduleMm = moduleSize(qr.modules.size, CONTACT_QR_OPTIONS.margin, CONTACT_QR_WIDTH_MM);
  if (moduleMm < MIN_MODULE_MM) {
    throw new ContentError('A contact QR code would print too small:', [
      `/go/${code}: its ${lines.length} numbers need QR version ${qr.version}, ${qr.modules.size} modules, ${moduleMm.toFixed(2)} mm each at ${CONTACT_QR_WIDTH_MM} mm; print needs at least ${MIN_MODULE_MM} mm — shorten the names on the card (shortName) or print fewer lines`,
    ]);
  }
  const svg = await QRCode.toString(text, { ...CONTACT_QR_OPTIONS, type: 'svg' });
  return { text, svg, version: qr.version, modules: qr.modules.size, moduleMm };
}

export interface PrintContent {
  origin: string;
  /** The day whose running campaigns get leaflets, YYYY-MM-DD. */
  today: string;
  links: readonly ShortLinkEntry[];
  hotlines: readonly Contact[];
  destinations: readonly Destination[];
  byId: ReadonlyMap<string, Contact>;
  /** The Mongolia-wide lines the insert leads with, and the national emergency numbers; looked up in `byId` by id. */
  lead: Pick<LeadLines, 'keyLines' | 'nationalEmergency'>;
  campaigns: readonly CampaignTwins[];
  text: { mn: UiStrings; en: UiStrings };
}

export interface PrintCode {
  code: string;
  /** What the QR code encodes. */
  url: string;
  svg: string;
  version: number;
  /** Modules a side, without the quiet zone. */
  modules: number;
  /** A module's printed size on an insert, mm. */
  moduleMm: number;
}

export interface PrintJob {
  codes: PrintCode[];
  cards: InsertCard[];
  leaflets: Leaflet[];
  /** What the register keeps of each card, by code. */
  records: Map<string, PrintedCard>;
  /** `file: field: why` for each named line that breaks the print rule; the run is refused. */
  broken: string[];
  /** `/go/<code>: left off: file: field: why` for each country number left off its card. */
  leftOff: string[];
  /** Running campaigns with no short link, so no leaflet. */
  withoutLink: string[];
}

/** A contact as the print rule reads it: its call-link number first, so a fax or a text line is never what is printed. */
function printable(contact: Contact): PrintableContact & { phones: PrintablePhone[] } {
  const first = callLinkPhone(contact);
  return { ...contact, phones: first ? [first, ...contact.phones.filter((phone) => phone !== first)] : contact.phones };
}

export async function preparePrint(content: PrintContent): Promise<PrintJob> {
  const { origin, links, hotlines, destinations, byId, lead, text } = content;
  const nationalEmergency = new Set(lead.nationalEmergency.map((contact) => contact.id));
  const broken = new Set<string>();
  const leftOff: string[] = [];
  const named = (contact: Contact, label?: { mn: string; en: string }) => {
    const problems = printRuleMessages(printable(contact), 0, { emergency: nationalEmergency.has(contact.id) });
    for (const problem of problems) broken.add(problem);
    return problems.length === 0 ? printedLine(contact, label) : undefined;
  };
  const local = (code: string, contact: Contact, emergency: boolean, label?: { mn: string; en: string }) => {
    const problems = printRuleMessages(printable(contact), 0, { emergency });
    leftOff.push(...problems.map((problem) => `/go/${code}: left off: ${problem}`));
    return problems.length === 0 ? printedLine(contact, label) : undefined;
  };
  const keyLines = lead.keyLines
    .map(({ id }) => byId.get(id))
    .filter((contact) => contact && isPublished(contact))
    .map((contact) => named(contact!))
    .filter((line) => line !== undefined);
  const abroadLines = reachableFromAbroad(hotlines)
    .map((contact) => named(contact))
    .filter((line) => line !== undefined);

  const codes: PrintCode[] = [];
  const cards: InsertCard[] = [];
  for (const link of links) {
    const url = qrUrl(origin, link.code);
    const qr = QRCode.create(url, QR_OPTIONS);
    const svg = await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
    const moduleMm = moduleSize(qr.modules.size, QR_OPTIONS.margin);
    if (moduleMm < MIN_MODULE_MM) {
      throw new ContentError('A QR code would print too small:', [
        `content/links.yaml: ${link.code}: ${url} needs ${qr.modules.size} modules, ${moduleMm.toFixed(2)} mm each; print needs at least ${MIN_MODULE_MM} mm — use a shorter SITE_ORIGIN or code`,
      ]);
    }
    codes.push({ code: link.code, url, svg, version: qr.version, modules: qr.modules.size, moduleMm });
    const base = { code: link.code, svg, url: typedUrl(origin, link.code) };
    const destination = destinationAt(destinations, link.target);
    if (destination) {
      const card = helpCard(destination, hotlines, byId);
      const mission = card.missions.find((contact) => callablePhones(contact).length > 0);
      // A line in Mongolian, after the emergency number, as the help card orders them: the first that meets the rule.
      const inMongolian = card.inMongolian.find(
        (contact) =>
          dialsFrom(contact, destination.code) &&
          printRuleMessages(printable(contact), 0, { emergency: false }).length === 0,
      );
      const own = [
        // The first emergency number that meets the rule (Germany: police 110, whose source says 24 hours).
        (() => {
          const fit = card.emergency.find(
            (contact) => printRuleMessages(printable(contact), 0, { emergency: true }).length === 0,
          );
          const chosen = fit ?? card.emergency[0];
          return chosen && local(link.code, chosen, true);
        })(),
        inMongolian && local(link.code, inMongolian, false),
        mission &&
          local(link.code, mission, false, {
            mn: text.mn.contact.missionKind[mission.mission!.kind],
            en: text.en.contact.missionKind[mission.mission!.kind],
          }),
      ].filter((line) => line !== undefined);
      const lines = [...own, ...abroadLines];
      cards.push({
        ...base,
        place: destination.name,
        lines,
        ...(own.length === 0 ? { note: { mn: text.mn.print.nothingLocal, en: text.en.print.nothingLocal } } : {}),
        ...(lines.length > 0 && {
          contactQr: await contactCode(
            link.code,
            // src/i18n/index.ts's fill() reads the dictionaries through Vite; this string has one placeholder.
            text.mn.card.vcardName.replace('{country}', destination.name.mn),
            lines,
            byId,
          ),
        }),
      });
    } else if (link.target === 'abroad') {
      cards.push({
        ...base,
        lines: abroadLines,
        note: { mn: text.mn.print.everyCountry, en: text.en.print.everyCountry },
      });
    } else if (link.target === 'hotlines') {
      cards.push({ ...base, place: { mn: text.mn.hotlines.title, en: text.en.hotlines.title }, lines: keyLines });
    }
  }

  const leaflets: Leaflet[] = [];
  const withoutLink: string[] = [];
  for (const campaign of content.campaigns) {
    if (campaignPhase(campaign.data.mn, content.today) !== 'current') continue;
    const link = links.find((each) => each.target === `campaigns/${campaign.slug}`);
    if (!link) {
      withoutLink.push(campaign.slug);
      continue;
    }
    // A campaign may name no line to call: no Mongolian line works from abroad around the clock.
    const call = campaign.data.mn.call === undefined ? undefined : byId.get(campaign.data.mn.call);
    const callLine = call && named(call);
    if (call && !callLine) continue;
    leaflets.push({
      code: link.code,
      svg: codes.find((each) => each.code === link.code)!.svg,
      url: typedUrl(origin, link.code),
      title: { mn: campaign.data.mn.title, en: campaign.data.en.title },
      ...(callLine && { call: callLine }),
      lines: keyLines,
    });
  }

  const records = new Map<string, PrintedCard>();
  for (const card of cards) records.set(card.code, insertRecord(card, qrUrl(origin, card.code), text));
  for (const leaflet of leaflets) records.set(leaflet.code, leafletRecord(leaflet, qrUrl(origin, leaflet.code), text));
  return { codes, cards, leaflets, records, broken: [...broken], leftOff, withoutLink };
}

export interface Recording {
  /** The register with the new runs appended. */
  runs: PrintRun[];
  /** The record of printed codes with the new ones appended. */
  printed: ShortLinkEntry[];
  /** One line per run recorded. */
  messages: string[];
}

/**
 * Codes newly marked printed in content/links.yaml, recorded: one run per
 * edition, with each card as printed. Undefined when nothing is new.
 */
export function recordRuns(
  links: readonly ShortLinkEntry[],
  printed: readonly ShortLinkEntry[],
  runs: readonly PrintRun[],
  job: Pick<PrintJob, 'records'>,
  origin: string,
  quantity?: number,
): Recording | undefined {
  const recorded = recordPrinted(links, printed);
  if (recorded.length === printed.length) return undefined;
  const fresh = recorded.slice(printed.length);
  let register = [...runs];
  const messages: string[] = [];
  for (const edition of new Set(fresh.map((entry) => entry.printed!.edition))) {
    const batch = fresh.filter((entry) => entry.printed!.edition === edition);
    const missing = batch.filter((entry) => !job.records.has(entry.code));
    if (missing.length > 0) {
      throw new ContentError(
        'A code marked printed has no card to record:',
        missing.map(
          (entry) =>
            `content/links.yaml: ${entry.code}.printed: "${entry.target}" has no insert or leaflet today (a campaign gets a leaflet only while it runs)`,
        ),
      );
    }
    register = appendRun(register, {
      version: 1,
      edition,
      date: batch[0]!.printed!.date,
      ...(quantity === undefined ? {} : { quantity }),
      origin,
      cards: batch.map((entry) => job.records.get(entry.code)!),
    });
    messages.push(`Recorded the run "${edition}" (${batch.length} card(s)) in ${REGISTER_FILE}.`);
  }
  return { runs: register, printed: recorded, messages };
}
