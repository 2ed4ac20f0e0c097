import { z } from 'astro/zod';
import { CalendarDateSchema } from './dates.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { expected } from './messages.ts';
import { SourceSchema } from './source.ts';

/**
 * How sure the site is of a contact, following the research facts:
 * - `confirmed`: two independent sources agree, or one official source;
 * - `single-source`: one non-official source;
 * - `unconfirmed`: not established; never shown as a number to call.
 */
export const CONTACT_STATUSES = ['confirmed', 'single-source', 'unconfirmed'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/**
 * A Mongolia-wide phone line (`content/hotlines/*.yaml`).
 *
 * Only short codes are modelled so far: three- or four-digit numbers such as
 * 102 or 1903, which work only from inside Mongolia.
 */
export function HotlineSchema() {
  return z.strictObject({
    /** What the line is, in both languages. */
    name: LocalizedTextSchema(),
    /** A name of a few words for tight places such as the emergency strip; defaults to `name`. */
    shortName: LocalizedTextSchema().optional(),
    /** What to call it for, in a sentence. */
    purpose: LocalizedTextSchema(),
    /** The number as dialled inside Mongolia. */
    number: z
      .string({ error: expected('the number as text, in quotes') })
      .regex(/^\d{3,4}$/, 'expected a short code of 3 or 4 digits, such as "102" or "1903"'),
    /** When it answers, for example 24 hours. Leave out when the source does not say. */
    hours: LocalizedTextSchema().optional(),
    /** Whether calls are free. Leave out when the source does not say. */
    free: z.boolean({ error: expected('true or false') }).optional(),
    /** Where the number comes from. */
    source: SourceSchema(),
    /** When someone last checked the number against its source, `YYYY-MM-DD`. */
    checked: CalendarDateSchema(),
    /** How sure we are; see CONTACT_STATUSES. */
    status: z.enum(CONTACT_STATUSES, { error: expected(`one of: ${CONTACT_STATUSES.join(', ')}`) }),
    /** What a reader should know: conflicts between sources, caveats. */
    notes: LocalizedTextSchema().optional(),
  });
}

export type Hotline = z.infer<ReturnType<typeof HotlineSchema>>;
