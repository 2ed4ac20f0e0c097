import { z } from 'astro/zod';
import { languageName, LOCALES, type Locale } from '../lib/locales.ts';
import { expected } from './messages.ts';

/**
 * Text in every one of the site's languages (`mn:` Mongolian in Cyrillic,
 * `en:` English, and any language added to the locale list). A missing
 * language is an error, so a page can never show a blank where its text
 * should be.
 */
export function LocalizedTextSchema() {
  const text = (locale: Locale) =>
    z
      .string({ error: expected(`${languageName(locale)} text (${locale})`) })
      .trim()
      .min(1, `${languageName(locale)} text (${locale}) is empty`);
  return z.strictObject(
    Object.fromEntries(LOCALES.map((locale) => [locale, text(locale)])) as Record<Locale, ReturnType<typeof text>>,
  );
}

export type LocalizedText = z.infer<ReturnType<typeof LocalizedTextSchema>>;
