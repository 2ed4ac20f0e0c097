import { z } from 'astro/zod';
import { SourceDateSchema } from './dates.ts';
import { expected } from './messages.ts';

/** Where a fact comes from, so readers and editors can check it. */
export function SourceSchema() {
  return z.strictObject({
    /** The page that states the fact; https or http. */
    url: z.url({ protocol: /^https?$/, error: expected('a full http(s) URL of the source') }),
    /** The date the source itself states (not when we read it). */
    date: SourceDateSchema(),
  });
}
