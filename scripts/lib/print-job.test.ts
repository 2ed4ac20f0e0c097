import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/lib/contacts/contacts.ts';
import { printRunProblems } from '../../src/lib/print/print-runs.ts';
import { strengthened, strongContent } from '../../tests/support/print-fixture.ts';
import { readContactFiles } from '../../src/loaders/content-files.ts';
import { destinationAt } from '../../src/lib/contacts/destinations.ts';
import { printedHref, printedNumber } from '../../src/lib/print/printed-changes.ts';
import { jsqrDecode, readVcard, svgToPng, zbarDecode } from '../../tests/support/contact-qr-read.ts';
import { type PrintContent, preparePrint, recordRuns } from './print-job.ts';
import { MIN_MODULE_MM } from './print-pdf.ts';

const ORIGIN = 'https://help.example.org';
const TODAY = '2026-12-01';
const strong = await strongContent(ORIGIN, TODAY);
const job = await preparePrint(strong);

/** The content with some contacts replaced. */
function withContacts(content: PrintContent, replace: (contact: Contact) => Contact): PrintContent {
  const byId = new Map([...content.byId].map(([id, contact]) => [id, replace(contact)]));
  return {
    ...content,
    byId,
    hotlines: content.hotlines.map((contact) => byId.get(contact.id)!),
    destinations: content.destinations.map((destination) => ({
      ...destination,
      emergency: destination.emergency.map((contact) => byId.get(contact.id)!),
      help: destination.help.map((contact) => byId.get(contact.id)!),
      missions: destination.missions.map((contact) => byId.get(contact.id)!),
    })),
  };
}

/** A line as the Foreign Ministry's is known: one secondary source, not said to answer around the clock. */
function weak(contact: Contact): Contact {
  return {
    ...contact,
    open24h: undefined,
    phones: contact.phones.map((phone) => ({
      ...phone,
      verification: { status: 'single-source', basis: 'secondary', sources: [{}] },
    })),
  } as unknown as Contact;
}

describe('the print rule on a run', () => {
  it('passes content where every line meets it', () => {
    expect(job.broken).toEqual([]);
    expect(job.leftOff).toEqual([]);
    expect(job.cards.find((card) => card.code === 'kr')!.lines.map((line) => line.contact)).toEqual([
      'kr/police',
      'kr/danuri',
      'kr/embassy-seoul',
      'mfa-consular',
    ]);
  });

  it('refuses the run when the Foreign Ministry line, on every card, is not strong enough — naming it, the field and why', async () => {
    const job = await preparePrint(withContacts(strong, (each) => (each.id === 'mfa-consular' ? weak(each) : each)));
    expect(job.broken).toEqual([
      'content/hotlines/mfa-consular.yaml: phones[0]: is single-source (basis: secondary); print needs an official source stating it or an answered test call (83042222)',
    ]);
  });

  it('refuses the run on today’s content, naming the Foreign Ministry line', async () => {
    const { hotlines, destinations, byId, lead } = await readContactFiles(join(import.meta.dirname, '../..'));
    const today = await preparePrint({ ...strong, hotlines, destinations, byId, lead });
    expect(today.broken.some((line) => line.startsWith('content/hotlines/mfa-consular.yaml: '))).toBe(true);
  });

  it('leaves a weak country number off its card, never printing a weaker one instead, and says so', async () => {
    const job = await preparePrint(withContacts(strong, (each) => (each.id.startsWith('kr/') ? weak(each) : each)));
    const card = job.cards.find((each) => each.code === 'kr')!;
    expect(card.lines.map((line) => line.contact)).toEqual(['mfa-consular']);
    expect(card.note?.en).toBe(strong.text.en.print.nothingLocal);
    expect(
      job.leftOff.filter((line) => line.startsWith('/go/kr: left off: content/countries/kr.yaml: police.')),
    ).toHaveLength(3);
    expect(readVcard(card.contactQr!.text).numbers).toEqual(['+97683042222']);
    expect(job.broken).toEqual([]);
  });

  it('prints a line that keeps hours with its hours beside it', async () => {
    const hours = { mn: 'Даваа–Баасан 09–18', en: 'Monday–Friday 9–18' };
    const job = await preparePrint(
      withContacts(strong, (each) =>
        each.id === 'mfa-consular'
          ? ({ ...strengthened(each), open24h: undefined, hours } as unknown as Contact)
          : each,
      ),
    );
    expect(job.broken).toEqual([]);
    expect(job.cards.find((card) => card.code === 'kr')!.lines.at(-1)).toMatchObject({
      contact: 'mfa-consular',
      hours,
    });
    expect(job.records.get('kr')!.texts.en).toContain('Monday–Friday 9–18');
  });
});

describe('the contact QR code on each insert', () => {
  const destinationCodes = new Set(
    strong.links.filter((link) => destinationAt(strong.destinations, link.target)).map((link) => link.code),
  );
  const destinationCards = job.cards.filter((card) => destinationCodes.has(card.code));

  it('is on every destination’s card, and on no other', () => {
    expect(destinationCards.length).toBeGreaterThanOrEqual(15);
    for (const card of destinationCards) expect(card.contactQr, card.code).toBeDefined();
    for (const card of job.cards.filter((each) => !destinationCards.includes(each))) {
      expect(card.contactQr, card.code).toBeUndefined();
    }
  });

  it('prints at M, with modules of at least 0.5 mm, no larger than version 12', () => {
    for (const card of destinationCards) {
      const qr = card.contactQr!;
      expect(qr.moduleMm, card.code).toBeGreaterThanOrEqual(MIN_MODULE_MM);
      expect(qr.version, card.code).toBeLessThanOrEqual(12);
      expect(qr.modules).toBe(17 + 4 * qr.version);
    }
  });

  it.each(destinationCards.map((card) => [card.code, card] as const))(
    '%s decodes with zbar and jsQR to a vCard of exactly the numbers printed beside it, as their contacts dial them',
    (_, card) => {
      const png = svgToPng(card.contactQr!.svg, 800);
      const [text, ...more] = zbarDecode(png);
      expect(more, card.code).toEqual([]);
      expect(text, card.code).toBe(card.contactQr!.text);
      expect(jsqrDecode(png), card.code).toBe(text);
      const vcard = readVcard(text!);
      expect(vcard.name).toMatch(/^Tuslamj: [ -~]+$/);
      const dialled = card.lines.map((line) => {
        const contact = strong.byId.get(line.contact)!;
        const phone = contact.phones.find((each) => printedNumber(each) === line.number)!;
        return printedHref(phone)!.replace(/^tel:/, '');
      });
      expect(vcard.numbers, card.code).toEqual(dialled);
      const notes = vcard.note.split('\n');
      expect(notes).toHaveLength(card.lines.length);
      for (const [index, line] of card.lines.entries()) expect(notes[index]!.endsWith(` ${line.number}`)).toBe(true);
    },
  );
});

describe('recordRuns', () => {
  const mark = (code: string, edition: string) =>
    strong.links.map((link) => (link.code === code ? { ...link, printed: { edition, date: TODAY } } : link));

  it('records nothing when nothing is newly marked printed', () => {
    expect(recordRuns(strong.links, [], [], job, ORIGIN)).toBeUndefined();
  });

  it('records a run per edition with each card as printed, chained, and the codes as printed', () => {
    const links = mark('kr', 'Inserts, first');
    const recording = recordRuns(links, [], [], job, ORIGIN, 5000)!;
    expect(recording.messages).toEqual(['Recorded the run "Inserts, first" (1 card(s)) in content/print-runs.json.']);
    expect(recording.runs).toHaveLength(1);
    expect(recording.runs[0]).toMatchObject({
      version: 1,
      edition: 'Inserts, first',
      date: TODAY,
      quantity: 5000,
      origin: ORIGIN,
    });
    expect(recording.runs[0]!.cards).toEqual([job.records.get('kr')]);
    expect(recording.printed.map((entry) => entry.code)).toEqual(['kr']);
    expect(printRunProblems(recording.runs, recording.printed)).toEqual([]);

    const later = recordRuns(
      mark('kr', 'Inserts, first').map((link) =>
        link.code === 'numbers' ? { ...link, printed: { edition: 'Leaflets', date: TODAY } } : link,
      ),
      recording.printed,
      recording.runs,
      job,
      ORIGIN,
    )!;
    expect(later.runs).toHaveLength(2);
    expect(later.runs[1]!.previous).toBe(later.runs[0]!.hash);
    expect(later.runs[1]!.cards[0]!.kind).toBe('leaflet');
    expect(printRunProblems(later.runs, later.printed)).toEqual([]);
  });

  it('refuses to record a code with no card today', () => {
    expect(() => recordRuns(mark('numbers', 'Leaflets'), [], [], { records: new Map() }, ORIGIN)).toThrow(
      'content/links.yaml: numbers.printed: "campaigns/keep-these-numbers" has no insert or leaflet today',
    );
  });
});
