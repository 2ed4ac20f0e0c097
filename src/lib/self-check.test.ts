import { describe, expect, it } from 'vitest';
import { checkOutline, checkTwinProblems } from './self-check.ts';

const check = (...offers: [string, string[]][]) => ({
  offers: offers.map(([id, questions]) => ({ id, questions: questions.map((question) => ({ id: question })) })),
});

describe('checkTwinProblems', () => {
  const mn = check(['job', ['fee', 'passport']], ['study', ['scholarship']]);

  it('accepts twins that ask the same questions in the same order', () => {
    expect(checkOutline(mn)).toEqual(['job: fee, passport', 'study: scholarship']);
    expect(checkTwinProblems(mn, check(['job', ['fee', 'passport']], ['study', ['scholarship']]))).toEqual([]);
  });

  it('names the offer where the twins differ', () => {
    expect(checkTwinProblems(mn, check(['job', ['passport', 'fee']], ['study', ['scholarship']]))).toEqual([
      'content/check/en.yaml: offers[0]: asks "job: passport, fee" where content/check/mn.yaml asks "job: fee, passport"',
    ]);
    expect(checkTwinProblems(mn, check(['job', ['fee', 'passport']]))).toEqual([
      'content/check/en.yaml: offers[1]: asks "nothing" where content/check/mn.yaml asks "study: scholarship"',
    ]);
  });
});
