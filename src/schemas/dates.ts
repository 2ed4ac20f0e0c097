import { z } from 'astro/zod';
import { dateText, isCalendarDate, isPartialDate, UNDATED } from '../lib/content/dates.ts';
import { expected } from './messages.ts';

/**
 * A calendar date, `YYYY-MM-DD`, quoted or not in YAML. Output is the text form,
 * so pages print exactly what the editor wrote.
 */
export function CalendarDateSchema() {
  return z.preprocess(
    dateText,
    z
      .string({ error: expected('a date written YYYY-MM-DD') })
      .refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a date written YYYY-MM-DD` }),
  );
}

/**
 * The date a source states about itself: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or
 * `undated` when it states none. Partial dates are common in the research
 * behind the contacts and must not be padded into false precision.
 */
export function SourceDateSchema() {
  return z.preprocess(
    dateText,
    z
      .string({ error: expected('YYYY-MM-DD, YYYY-MM, YYYY or "undated"') })
      .refine((value) => value === UNDATED || isPartialDate(value), {
        error: (issue) => `"${String(issue.input)}" is not YYYY-MM-DD, YYYY-MM, YYYY or "${UNDATED}"`,
      }),
  );
}
