/**
 * The self-check asks the same questions in every language; only the words
 * differ. This compares each language's with the first's by their ids.
 */

interface CheckShape {
  offers: readonly { id: string; questions: readonly { id: string }[] }[];
}

/** `job: fee, passport` — one line per offer, its question ids in order. */
export function checkOutline(check: CheckShape): string[] {
  return check.offers.map((offer) => `${offer.id}: ${offer.questions.map((question) => question.id).join(', ')}`);
}

/** One language's self-check and the file it comes from (`content/check/en.yaml`). */
export interface CheckFile extends CheckShape {
  file: string;
}

/**
 * Problems as `file: field: reason` lines; none when `twin` asks the same
 * questions in the same order as `first`, the first language's.
 */
export function checkTwinProblems(first: CheckFile, twin: CheckFile): string[] {
  const [expected, actual] = [checkOutline(first), checkOutline(twin)];
  const problems: string[] = [];
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index += 1) {
    if (expected[index] !== actual[index]) {
      problems.push(
        `${twin.file}: offers[${index}]: asks "${actual[index] ?? 'nothing'}" where ${first.file} asks "${expected[index] ?? 'nothing'}"`,
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
