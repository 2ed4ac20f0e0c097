import { z } from 'astro/zod';
import { CalendarDateSchema } from './dates.ts';
import { expected } from './messages.ts';

/**
 * A printed short link (`content/links.yaml`, keyed by code). The code is
 * the entry's key; `/go/<code>` answers with the target's help.
 */
export function ShortLinkSchema() {
  return z.strictObject({
    /**
     * The page it leads to, without language: `abroad`, `abroad/<iso2>`,
     * `hotlines` or `campaigns/<slug>`.
     */
    target: z
      .string({ error: expected('a page such as "abroad/kr"') })
      .regex(
        /^(abroad|hotlines|abroad\/[a-z]{2}|campaigns\/[a-z0-9-]+)$/,
        'expected "abroad", "abroad/<iso2>", "hotlines" or "campaigns/<slug>"',
      ),
    /** Set once the code has gone to print; it then stays as it is for good. */
    printed: z
      .strictObject({
        /** Which print run: "Passport insert, first edition". */
        edition: z
          .string({ error: expected('the edition printed') })
          .trim()
          .min(1),
        /** When it went to print, YYYY-MM-DD. */
        date: CalendarDateSchema(),
      })
      .optional(),
  });
}

/**
 * The record of printed codes (`content/printed-links.json`), written by
 * `npm run qr` and never edited: each code as it was printed.
 */
export function PrintedLinksSchema() {
  return z.array(ShortLinkSchema().extend({ code: z.string() }));
}

export type ShortLink = z.infer<ReturnType<typeof ShortLinkSchema>>;
