import { z } from 'astro/zod';
import { SourceDateSchema } from './dates.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { expected } from './messages.ts';

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
    })
    .refine((source) => source.url !== undefined || source.title !== undefined, {
      error: 'give the source a url, or a title when it has no page of its own',
    });
}
