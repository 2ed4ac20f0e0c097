import { z } from 'astro/zod';
import { CalendarDateSchema } from './dates.ts';
import { expected } from './messages.ts';

const LocalizedTextSchema = () => z.strictObject({ mn: z.string(), en: z.string() });

/** A number as printed on a card, and the contact it was for. */
export function PrintedLineSchema() {
  return z.strictObject({
    /** The contact's id: `police`, `kr/embassy-seoul`. */
    contact: z.string({ error: expected('a contact id') }).min(1),
    label: LocalizedTextSchema(),
    /** Exactly as printed. */
    number: z.string({ error: expected('the number as printed') }).min(1),
    /** The hours printed beside it, for a line that does not answer around the clock. */
    hours: LocalizedTextSchema().optional(),
  });
}

/** One card of a run: what a reader holds in their hand. */
export function PrintedCardSchema() {
  return z.strictObject({
    /** `insert`: a passport insert; `leaflet`: a campaign's A6 leaflet. Later kinds come with a new `version`. */
    kind: z.enum(['insert', 'leaflet']),
    /** The short link's code. */
    code: z.string({ error: expected('a short-link code') }).regex(/^[a-z0-9]{1,12}$/),
    /** What the QR code encodes. */
    qr: z.string({ error: expected('the URL in the QR code') }).min(1),
    /** The link printed for typing. */
    link: z.string({ error: expected('the link printed for typing') }).min(1),
    /** The numbers, in printed order. */
    lines: z.array(PrintedLineSchema()),
    /** Every other text on the card, in each language, in printed order. */
    texts: z.strictObject({ mn: z.array(z.string()), en: z.array(z.string()) }),
  });
}

/**
 * One print run in `content/print-runs.json`, written by `npm run qr` when
 * codes are marked printed in `content/links.yaml`. Runs are never edited
 * or removed: each holds the hash of the one before it and its own.
 */
export function PrintRunSchema() {
  return z.strictObject({
    /** The format of this record: 1 = inserts and leaflets with short-link codes. */
    version: z.literal(1),
    /** As marked in content/links.yaml: "Passport insert, first edition". */
    edition: z
      .string({ error: expected('the edition') })
      .trim()
      .min(1),
    /** When it went to print. */
    date: CalendarDateSchema(),
    /** How many were printed, when known. */
    quantity: z.number().int().positive().optional(),
    /** The site the codes point at. */
    origin: z.url({ error: expected('the site origin the codes point at') }),
    cards: z.array(PrintedCardSchema()).min(1),
    /** The previous run's hash; empty for the first. */
    previous: z.string().regex(/^([0-9a-f]{64})?$/),
    /** SHA-256 of this run without this field. */
    hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash in hex'),
  });
}

export function PrintRunsSchema() {
  return z.array(PrintRunSchema());
}

export type PrintRun = z.infer<ReturnType<typeof PrintRunSchema>>;
export type PrintedCard = z.infer<ReturnType<typeof PrintedCardSchema>>;
export type PrintedLine = z.infer<ReturnType<typeof PrintedLineSchema>>;
