import { z } from 'astro/zod';
import { expected } from './messages.ts';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from './page.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = () =>
  z
    .string({ error: expected('text') })
    .trim()
    .min(1, 'the text is empty');
const id = () => z.string({ error: expected('an id') }).regex(ID, 'expected lowercase ASCII words joined by hyphens');

/** The kinds of offer the self-check asks about; both languages list all three, in this order. */
export const OFFER_KINDS = ['job', 'study', 'marriage'] as const;

/**
 * The self-check of an offer (`content/check/{mn,en}.yaml`). Questions are
 * phrased so that "yes" is a warning sign and "don't know" something to find
 * out before going; each carries the advice shown for either answer. Both
 * languages must have the same ids in the same order.
 */
export function SelfCheckSchema() {
  return z.strictObject({
    title: text().max(MAX_TITLE_LENGTH, `the title is longer than ${MAX_TITLE_LENGTH} characters`),
    description: text().max(
      MAX_DESCRIPTION_LENGTH,
      `the description is longer than ${MAX_DESCRIPTION_LENGTH} characters`,
    ),
    /** What the check is, and that nothing is sent or saved. */
    intro: text(),
    offers: z
      .array(
        z.strictObject({
          id: z.enum(OFFER_KINDS, { error: expected(`one of: ${OFFER_KINDS.join(', ')}`) }),
          /** The choice as the reader sees it: "A job abroad". */
          label: text(),
          questions: z
            .array(
              z.strictObject({
                id: id(),
                /** Answered yes, no or don't know; yes means a warning sign. */
                text: text(),
                /** Why a yes matters, and what to do or find out. */
                advice: text(),
              }),
            )
            .min(3, 'ask at least 3 questions'),
        }),
      )
      .refine((offers) => offers.map((offer) => offer.id).join() === OFFER_KINDS.join(), {
        error: `list the offers ${OFFER_KINDS.join(', ')}, each once, in that order`,
      }),
    /** The verdicts, shown once every question of the chosen offer is answered. */
    outcomes: z.strictObject({
      /** Any answer is yes. */
      warning: z.strictObject({ title: text(), text: text() }),
      /** No yes, but some answer is "don't know". */
      unsure: z.strictObject({ title: text(), text: text() }),
      /** Every answer is no. */
      noSigns: z.strictObject({ title: text(), text: text() }),
    }),
  });
}

export type SelfCheck = z.infer<ReturnType<typeof SelfCheckSchema>>;
