import { z } from 'astro/zod';
import { LEAD_LISTS, type LeadLineIds } from '../lib/contacts/lead-lines.ts';
import { expected } from './messages.ts';

/**
 * Which Mongolia-wide lines lead where space is short (`content/lead-lines.yaml`):
 * lists of hotline ids, most urgent first. Whether each id names a hotline
 * file is checked with the contacts.
 */
export function LeadLinesSchema(): z.ZodType<LeadLineIds> {
  const ids = z
    .array(z.string({ error: expected('a hotline id such as "police"') }), {
      error: expected('a list of hotline ids, such as [police, ambulance]'),
    })
    .min(1, 'list at least one line');
  return z.strictObject(
    Object.fromEntries(LEAD_LISTS.map((list) => [list, ids])) as Record<keyof LeadLineIds, typeof ids>,
  );
}
