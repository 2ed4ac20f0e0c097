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
