import { z } from 'astro/zod';
import { PHRASE_IDS, PHRASE_SCRIPTS, phraseProblems } from '../lib/contacts/show-card.ts';
import { CalendarDateSchema } from './dates.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { expected } from './messages.ts';

const text = (what: string) =>
  z
    .string({ error: expected(what) })
    .trim()
    .min(1, `${what} is empty`);

/**
 * One phrase and the record of its check: what an independent reader who did
 * not see the intent read back from it, how that compares with the intent,
 * and what a native speaker should look at first.
 */
function PhraseSchema() {
  return z.strictObject({
    /** The phrase in the file's language and script; `{number}` where the number goes. */
    text: text('the phrase'),
    /** An independent translation back into English by someone who did not see the intent. */
    backTranslation: text('the back-translation into English'),
    /** How the back-translation compares with the intent. */
    check: text('how the back-translation compares with the intent'),
    /** Why a word was chosen (register, a term): the translator's note. */
    note: text('a note').optional(),
    /** Set when a native speaker should review this phrase before others, and why. */
    reviewFirst: text('why a native speaker should review it first').optional(),
    /** What the phrase says, in the site's languages, where it differs from the usual meaning line. */
    meaning: LocalizedTextSchema().optional(),
  });
}

/**
 * The phrases of one destination language (`content/phrases/<lang>.yaml`),
 * which a help card shows for someone to turn her phone towards a driver, a
 * shopkeeper or a police officer.
 */
export function PhraseSetSchema() {
  return z
    .strictObject({
      /** The BCP 47 tag, the file's name: `ko`, `zh-Hant`. */
      lang: z
        .string({ error: expected('a BCP 47 language tag such as "ko" or "zh-Hant"') })
        .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$/, 'expected a BCP 47 language tag such as "ko" or "zh-Hant"'),
      /** The language's name in the site's languages, as after "in": `{ mn: солонгос, en: Korean }`. */
      name: LocalizedTextSchema(),
      /** The language's own name for itself: 한국어. */
      nativeName: text('the language’s own name'),
      /** `rtl` for a right-to-left language (Arabic); `ltr` otherwise. */
      dir: z.enum(['ltr', 'rtl'], { error: expected('ltr or rtl') }),
      /** The ISO 15924 script the phrases are written in; every phrase must use it. */
      script: z.enum(PHRASE_SCRIPTS, { error: expected(`one of: ${PHRASE_SCRIPTS.join(', ')}`) }),
      /** When the back-translation check was made, YYYY-MM-DD. */
      checked: CalendarDateSchema(),
      phrases: z.strictObject(
        Object.fromEntries(PHRASE_IDS.map((id) => [id, PhraseSchema()])) as Record<
          (typeof PHRASE_IDS)[number],
          ReturnType<typeof PhraseSchema>
        >,
        { error: expected(`the phrases ${PHRASE_IDS.join(', ')}`) },
      ),
    })
    .superRefine((set, ctx) => {
      for (const problem of phraseProblems(set)) {
        ctx.addIssue({ code: 'custom', path: ['phrases', problem.id, 'text'], message: problem.message });
      }
    });
}

export type PhraseSetData = z.infer<ReturnType<typeof PhraseSetSchema>>;
