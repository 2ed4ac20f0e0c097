import { z } from 'astro/zod';
import { isSupportedCountry } from 'libphonenumber-js';
import type { Contact } from '../lib/contacts/contacts.ts';
import { SLUG_PATTERN, type Destination } from '../lib/contacts/destinations.ts';
import type { CountryCode } from '../lib/contacts/phone.ts';
import type { Locale } from '../lib/locales.ts';
import { ContactSchema, MissionSchema, resolveContact } from './contact.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { expected } from './messages.ts';
import { OtherNamesSchema } from './other-names.ts';

/**
 * A destination (`content/countries/<iso2>.yaml`): its emergency numbers,
 * local lines that help foreigners and trafficking victims, and the Mongolian
 * missions there. Pages list them in that order.
 */
export function CountrySchema() {
  return z
    .strictObject({
      /** ISO 3166-1 alpha-2 code in capitals, the file's name: KR for kr.yaml. */
      country: z
        .string({ error: expected('an ISO 3166-1 alpha-2 code such as "KR"') })
        .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), {
          error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 code in capitals, such as "KR"`,
        }),
      /** The country's name as readers know it (glossary: Өмнөд Солонгос, Хятад, …). */
      name: LocalizedTextSchema(),
      /**
       * Other names people commonly use, per language, where they differ from
       * `name` (`otherNames: { mn: [Орос] }` for «ОХУ»): the help card shows
       * them under its title, so a search for them finds it.
       */
      otherNames: OtherNamesSchema().optional(),
      /**
       * The languages of the help card's "show this screen" phrases, each a
       * file in content/phrases (`[ko]`, `[zh-Hant, en, pt]`), the most
       * widely understood there first.
       */
      phraseLanguages: z
        .array(z.string({ error: expected('a language tag such as "ko"') }), {
          error: expected('a list of language tags such as [ko]'),
        })
        .min(1, 'list at least one language of the country'),
      /** Emergency numbers, the main one first: it leads the help card and the emergency strip. */
      emergency: z
        .array(ContactSchema(), { error: expected('a list of emergency numbers') })
        .min(1, 'list at least one emergency number'),
      /** Local lines that help foreigners or trafficking victims. */
      help: z.array(ContactSchema(), { error: expected('a list of contacts') }).default([]),
      /** Mongolian missions in the country, the main one first. */
      missions: z.array(MissionSchema(), { error: expected('a list of missions') }).default([]),
      /**
       * Where the country has no Mongolian mission of its own: the missions
       * elsewhere that cover it, as "<iso2>/<id>" ("th/embassy-bangkok").
       */
      coveredBy: z
        .array(z.string().regex(/^[a-z]{2}\/[a-z0-9-]+$/, 'expected "<iso2>/<id>", such as "th/embassy-bangkok"'))
        .default([]),
      /** Missions that exist but whose contacts could not be confirmed, in a sentence. */
      otherMissions: LocalizedTextSchema().optional(),
      /**
       * The slugs this destination had before its file was renamed
       * (`formerSlugs: [kr]` in a renamed kr-new.yaml): links and printed
       * codes lead to its old addresses for good, so the host redirects each
       * of them to the new one. Lowercase ASCII, as file names are.
       */
      formerSlugs: z
        .array(z.string().regex(SLUG_PATTERN, 'expected a lowercase ASCII slug such as "kr"'), {
          error: expected('a list of former slugs, such as [kr]'),
        })
        .default([]),
      /** What a reader should know about the country: a border crossing, a scheme. */
      notes: LocalizedTextSchema().optional(),
    })
    .transform((raw, ctx): Destination => {
      const country = raw.country as CountryCode;
      const prefix = raw.country.toLowerCase();
      for (const [locale, names] of Object.entries(raw.otherNames ?? {}) as [Locale, string[] | undefined][]) {
        const known = new Set([raw.name[locale].toLocaleLowerCase()]);
        names?.forEach((name, index) => {
          if (known.has(name.toLocaleLowerCase())) {
            ctx.addIssue({
              code: 'custom',
              path: ['otherNames', locale, index],
              message: `"${name}" is already the title or listed before: list only names that differ`,
            });
          }
          known.add(name.toLocaleLowerCase());
        });
      }
      const seen = new Set<string>();
      const resolve = (section: 'emergency' | 'help' | 'missions') =>
        (raw[section] as (z.infer<ReturnType<typeof MissionSchema>> | z.infer<ReturnType<typeof ContactSchema>>)[]).map(
          ({ id, ...contact }, index): Contact => {
            if (seen.has(id)) {
              ctx.addIssue({
                code: 'custom',
                path: [section, index, 'id'],
                message: `"${id}" is used twice in this file`,
              });
            }
            seen.add(id);
            return resolveContact(contact, `${prefix}/${id}`, country, ctx, [section, index]);
          },
        );
      return {
        code: country,
        // The file's name, which a renamed file changes, replaces it where the contacts are put together.
        slug: prefix,
        formerSlugs: raw.formerSlugs,
        name: raw.name,
        ...(raw.otherNames && { otherNames: raw.otherNames }),
        emergency: resolve('emergency'),
        help: resolve('help'),
        missions: resolve('missions'),
        coveredBy: raw.coveredBy,
        phraseLanguages: raw.phraseLanguages,
        ...(raw.otherMissions && { otherMissions: raw.otherMissions }),
        ...(raw.notes && { notes: raw.notes }),
      };
    });
}
