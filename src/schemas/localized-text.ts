import { z } from 'astro/zod';
import { expected } from './messages.ts';

/**
 * Text in both of the site's languages. A missing language is an error, so a
 * page can never show a blank where its Mongolian or English should be.
 */
export function LocalizedTextSchema() {
  return z.strictObject({
    /** Mongolian, in Cyrillic. */
    mn: z
      .string({ error: expected('Mongolian text (mn)') })
      .trim()
      .min(1, 'Mongolian text (mn) is empty'),
    /** English. */
    en: z
      .string({ error: expected('English text (en)') })
      .trim()
      .min(1, 'English text (en) is empty'),
  });
}

export type LocalizedText = z.infer<ReturnType<typeof LocalizedTextSchema>>;
