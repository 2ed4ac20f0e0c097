/**
 * The print sheet of passport inserts: one card per short link, with its QR
 * code, the link as text, and the key numbers written out so the insert
 * helps with no data at all; a destination's card has a second code beside
 * the first that saves those numbers to the phone (src/lib/contacts/contact-qr.ts).
 * Mongolian first, English beneath.
 */
import type { Contact } from '../../src/lib/contacts/contacts.ts';
import { callLinkPhone } from '../../src/lib/contacts/destinations.ts';
import { printedNumber } from '../../src/lib/print/printed-changes.ts';
import type { PrintableContact } from '../../src/lib/print/print-rule.ts';
import type { UiStrings } from '../../src/i18n/schema.ts';
import type { PrintedCard, PrintedLine } from '../../src/schemas/print-run.ts';

export interface InsertCard {
  code: string;
  /** The QR code as inline SVG. */
  svg: string;
  /** The link for typing, lowercase. */
  url: string;
  /** The place it is for, in both languages; none for the general card. */
  place?: { mn: string; en: string };
  /** Numbers to print, most urgent first. */
  lines: PrintedLine[];
  /** A note in both languages, e.g. that the link covers every country. */
  note?: { mn: string; en: string };
  /** The contact QR code: the card's numbers as a vCard, for a destination's card with numbers to save. */
  contactQr?: ContactCode;
}

/** A contact QR code as printed. */
export interface ContactCode {
  /** The vCard it holds. */
  text: string;
  svg: string;
  version: number;
  /** Modules a side, without the quiet zone. */
  modules: number;
  /** A module's printed size, mm. */
  moduleMm: number;
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A line for the number a contact's call link dials, in the form that works from where the reader is. */
export function printedLine(contact: Contact, label?: { mn: string; en: string }): PrintedLine | undefined {
  const phone = callLinkPhone(contact);
  if (!phone) return undefined;
  // The print rule lets a line that keeps hours onto a card only with its hours beside it.
  const hours = (contact as PrintableContact).open24h ? undefined : contact.hours;
  return {
    contact: contact.id,
    label: label ?? contact.shortName ?? contact.name,
    number: printedNumber(phone),
    ...(hours ? { hours } : {}),
  };
}

/** What the register of print runs keeps of an insert: its code, its numbers, and every other text on it. */
export function insertRecord(card: InsertCard, qr: string, strings: { mn: UiStrings; en: UiStrings }): PrintedCard {
  const texts = (locale: 'mn' | 'en') =>
    [
      strings[locale].print.scan,
      ...(card.contactQr ? [strings[locale].print.saveNumbers] : []),
      card.place?.[locale],
      card.note?.[locale],
      ...card.lines.flatMap((line) => (line.hours ? [line.hours[locale]] : [])),
      strings[locale].print.offline,
      card.url,
    ].filter((text) => text !== undefined);
  return {
    kind: 'insert',
    code: card.code,
    qr,
    link: card.url,
    lines: card.lines,
    texts: { mn: texts('mn'), en: texts('en') },
  };
}

/** One card's markup, shared by the HTML sheet and the PDF. */
export function cardHtml(card: InsertCard, strings: { mn: UiStrings; en: UiStrings }): string {
  const both = (mn: string, en: string) => `${escape(mn)}<span class="en" lang="en">${escape(en)}</span>`;
  return `<section class="card" aria-label="${escape(card.code)}">
  <div class="codes">
    <div class="code"><div class="qr">${card.svg}</div>
    <h2>${both(strings.mn.print.scan, strings.en.print.scan)}</h2></div>${
      card.contactQr
        ? `
    <div class="code"><div class="qr contact">${card.contactQr.svg}</div>
    <p class="save">${both(strings.mn.print.saveNumbers, strings.en.print.saveNumbers)}</p></div>`
        : ''
    }
  </div>
  ${card.place ? `<p class="place">${both(card.place.mn, card.place.en)}</p>` : ''}
  <ul>${card.lines
    .map(
      (line) =>
        `<li><span class="label">${both(line.label.mn, line.label.en)}${
          line.hours ? `<span class="hours">${both(line.hours.mn, line.hours.en)}</span>` : ''
        }</span> <b>${escape(line.number)}</b></li>`,
    )
    .join('')}</ul>
  ${card.note ? `<p class="note">${both(card.note.mn, card.note.en)}</p>` : ''}
  <p class="offline">${both(strings.mn.print.offline, strings.en.print.offline)}</p>
  <p class="url">${escape(card.url)}</p>
</section>`;
}

/** The card's look; its size is set by the sheet or the PDF around it. */
export const CARD_CSS = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, 'DejaVu Sans', sans-serif; color: #000; }
  .card { padding: 5mm; break-inside: avoid; page-break-inside: avoid; display: flex; flex-direction: column; gap: 1.5mm; font-size: 8.5pt; line-height: 1.2; }
  .codes { display: flex; justify-content: center; align-items: flex-start; gap: 2mm; }
  .code { display: flex; flex-direction: column; align-items: center; gap: 1mm; min-width: 0; }
  .qr { width: 32mm; }
  .qr.contact { width: 40mm; }
  .qr svg { display: block; width: 100%; height: auto; }
  h2 { margin: 0; font-size: 11pt; text-align: center; }
  .save { font-weight: bold; text-align: center; }
  .en { display: block; font-size: 0.85em; font-weight: normal; color: #333; }
  ul { margin: 0; padding: 0; list-style: none; }
  li { display: flex; justify-content: space-between; gap: 2mm; padding-block: 0.5mm; border-bottom: 0.2mm solid #ccc; }
  li b { font-size: 11pt; white-space: nowrap; align-self: center; }
  p { margin: 0; }
  .hours { display: block; font-size: 0.9em; }
  .note { font-weight: bold; }
  .place { text-align: center; font-weight: bold; }
  .url { margin-top: auto; text-align: center; font-weight: bold; font-size: 10pt; }
`;

export function printSheet(cards: readonly InsertCard[], strings: { mn: UiStrings; en: UiStrings }): string {
  const body = cards.map((card) => cardHtml(card, strings)).join('\n');
  return `<!DOCTYPE html>
<html lang="mn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(strings.mn.print.sheetTitle)} — ${escape(strings.en.print.sheetTitle)}</title>
<style>
  @page { size: A4; margin: 10mm; }
  ${CARD_CSS}
  main { display: flex; flex-wrap: wrap; gap: 6mm; }
  /* A passport page is 125 × 88 mm; the insert fits inside it. */
  .card { width: 85mm; height: 120mm; border: 0.3mm dashed #888; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
