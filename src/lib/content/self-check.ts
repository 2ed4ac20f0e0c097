/**
 * The self-check asks the same questions in both languages; only the words
 * differ. This compares the two by their ids.
 */

interface CheckShape {
  offers: readonly { id: string; questions: readonly { id: string }[] }[];
}

/** `job: fee, passport` — one line per offer, its question ids in order. */
export function checkOutline(check: CheckShape): string[] {
  return check.offers.map((offer) => `${offer.id}: ${offer.questions.map((question) => question.id).join(', ')}`);
}

/** Problems as `file: field: reason` lines; none when the two ask the same questions in the same order. */
export function checkTwinProblems(mn: CheckShape, en: CheckShape): string[] {
  const [expected, actual] = [checkOutline(mn), checkOutline(en)];
  const problems: string[] = [];
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index += 1) {
    if (expected[index] !== actual[index]) {
      problems.push(
        `content/check/en.yaml: offers[${index}]: asks "${actual[index] ?? 'nothing'}" where content/check/mn.yaml asks "${expected[index] ?? 'nothing'}"`,
      );
    }
  }
  return problems;
}

/** The answers to each question, in the order the page offers them. */
export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

/** What the check says about one offer's answers. */
export type Verdict = 'warning' | 'unsure' | 'noSigns';

/**
 * The verdict on one offer: none until every question is answered; then a
 * warning if any answer is yes, "find out before you go" if any is don't
 * know, and otherwise no warning signs. The page's stylesheet applies this
 * same rule without JavaScript; the browser tests hold the two together.
 */
export function verdictOf(answers: readonly (Answer | undefined)[]): Verdict | undefined {
  if (answers.length === 0 || answers.some((answer) => answer === undefined)) return undefined;
  if (answers.includes('yes')) return 'warning';
  if (answers.includes('unsure')) return 'unsure';
  return 'noSigns';
}
