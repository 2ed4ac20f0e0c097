import { z } from 'astro/zod';
import { languageName, LOCALES, type Locale } from '../lib/locales.ts';
import { expected } from './messages.ts';

/** Longest other name a help card shows: a name, not a sentence. */
const NAME_LENGTH = 40;
/** Most other names per language: the line under the title stays one short line. */
const NAMES_PER_LANGUAGE = 3;

/**
 * The other names people commonly use for a destination, per language
 * (`otherNames: { mn: [Орос] }` where the title says «ОХУ»). Every language is
 * optional: list only names that differ from the title in that language. The
 * help card shows them under its title, so search finds the card by them.
 */
export function OtherNamesSchema() {
  const names = (locale: Locale) =>
    z
      .array(
        z
          .string({ error: expected(`a ${languageName(locale)} name`) })
          .trim()
          .min(1, 'empty name')
          .max(NAME_LENGTH, `longer than ${NAME_LENGTH} characters: a name, not a sentence`),
        { error: expected(`a list of ${languageName(locale)} names`) },
      )
      .min(1, 'list at least one name, or leave the language out')
      .max(NAMES_PER_LANGUAGE, `at most ${NAMES_PER_LANGUAGE} names: the card shows them on one line`)
      .optional();
  return z.strictObject(
    Object.fromEntries(LOCALES.map((locale) => [locale, names(locale)])) as Record<Locale, ReturnType<typeof names>>,
  );
}
