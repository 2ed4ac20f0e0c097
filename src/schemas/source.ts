import { z } from 'astro/zod';
import { CALL_OUTCOMES } from '../lib/contacts/verification.ts';
import { CalendarDateSchema, SourceDateSchema } from './dates.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { expected } from './messages.ts';

/** Lowercase ASCII words joined by hyphens, as in `content/source-lists.yaml`. */
const LIST_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where a fact comes from, so readers and editors can check it: the page
 * that states it, or — for a source with no page of its own, such as a
 * printed list — a title that identifies it. Both may be given.
 */
export function SourceSchema() {
  return z
    .strictObject({
      /** The page that states the fact; https or http. */
      url: z.url({ protocol: /^https?$/, error: expected('a full http(s) URL of the source') }).optional(),
      /** What the source is, when its URL alone does not say (a news item on a ministry's site, a third-party list). */
      title: LocalizedTextSchema().optional(),
      /** The date the source itself states (not when we read it). */
      date: SourceDateSchema(),
      /** When someone of ours read it, YYYY-MM-DD. Leave out when nobody recorded it; never a date of a check not made. */
      read: CalendarDateSchema().optional(),
      /**
       * True when the source is the line's operator, a government, or the
       * mission itself (its own web site). Only an official source, or a test
       * call, confirms a number.
       */
      official: z.boolean({ error: expected('true or false') }).optional(),
      /**
       * The id of a list in `content/source-lists.yaml` that this source is, or
       * copies: copies of one list count as one source.
       */
      list: z
        .string({ error: expected('the id of a list in content/source-lists.yaml') })
        .regex(LIST_ID, 'expected the id of a list in content/source-lists.yaml, such as "embassy-list"')
        .optional(),
      /**
       * The numbers this source gives for the contact, as it writes them. A
       * number is supported only by the sources that state it, so a changed
       * number loses the support of every source that gave the old one.
       */
      states: z
        .array(
          z
            .string({ error: expected('a number, in quotes') })
            .trim()
            .min(1, 'the number is empty'),
          {
            error: expected('a list of the numbers this source gives, in quotes'),
          },
        )
        .default([]),
      /**
       * True when this source gives the contact's address as the contact
       * writes it. An address an official source gives may be shown to a
       * driver ("please take me to"); any other is only listed.
       */
      statesAddress: z.literal(true, { error: expected('true, or leave it out') }).optional(),
      /**
       * The numbers this source gives as faxes. A number any source calls a
       * fax can never be a call button: mark it `line: fax` on the contact.
       */
      faxes: z
        .array(
          z
            .string({ error: expected('a number, in quotes') })
            .trim()
            .min(1, 'the number is empty'),
          {
            error: expected('a list of the fax numbers this source gives, in quotes'),
          },
        )
        .optional(),
    })
    .refine((source) => source.url !== undefined || source.title !== undefined || source.list !== undefined, {
      error: 'give the source a url, a title when it has no page of its own, or the list it copies',
    });
}

/** A test call an editor made to one of a contact's numbers. */
export function CallSchema() {
  return z.strictObject({
    /** The day of the call, YYYY-MM-DD. */
    date: CalendarDateSchema(),
    /** The number dialled, as the contact writes it. */
    number: z
      .string({ error: expected('the number dialled, in quotes') })
      .trim()
      .min(1, 'the number is empty'),
    /**
     * What happened: `answered` (a person or the service answered), `no-answer`,
     * `not-in-service`, `wrong-number` (someone else answered) or `fax`.
     */
    outcome: z.enum(CALL_OUTCOMES, { error: expected(`one of: ${CALL_OUTCOMES.join(', ')}`) }),
    /** The language it answered in, where it did. */
    language: LocalizedTextSchema().optional(),
    /** Anything the next caller should know: the menu option to press, the hours heard. */
    notes: LocalizedTextSchema().optional(),
  });
}

/**
 * A published list that many sources copy, such as an unofficial list of
 * Mongolian embassies (`content/source-lists.yaml`).
 */
export function SourceListSchema() {
  return z.strictObject({
    /** Lowercase ASCII with hyphens; sources name it in `list`. */
    id: z
      .string({ error: expected('an id such as "embassy-list"') })
      .regex(LIST_ID, 'expected lowercase ASCII words joined by hyphens, such as "embassy-list"'),
    /** What the list is, for readers. */
    title: LocalizedTextSchema(),
    /**
     * True when the list gives a second number for an office that other
     * sources show to be a fax: a mission's second number taken only from it
     * must then say which it is (`line: fax` or `line: voice`).
     */
    mixesFax: z.boolean({ error: expected('true or false') }).default(false),
    /** What an editor should know about the list. */
    notes: LocalizedTextSchema().optional(),
  });
}
