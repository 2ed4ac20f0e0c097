import { describe, expect, it } from 'vitest';
import { checkOutline, checkTwinProblems, verdictOf } from './self-check.ts';

const check = (file: string, ...offers: [string, string[]][]) => ({
  file,
  offers: offers.map(([id, questions]) => ({ id, questions: questions.map((question) => ({ id: question })) })),
});

describe('checkTwinProblems', () => {
  const mn = check('content/check/mn.yaml', ['job', ['fee', 'passport']], ['study', ['scholarship']]);

  it('accepts twins that ask the same questions in the same order', () => {
    expect(checkOutline(mn)).toEqual(['job: fee, passport', 'study: scholarship']);
    expect(
      checkTwinProblems(mn, check('content/check/en.yaml', ['job', ['fee', 'passport']], ['study', ['scholarship']])),
    ).toEqual([]);
  });

  it('names the offer where the twins differ', () => {
    expect(
      checkTwinProblems(mn, check('content/check/en.yaml', ['job', ['passport', 'fee']], ['study', ['scholarship']])),
    ).toEqual([
      'content/check/en.yaml: offers[0]: asks "job: passport, fee" where content/check/mn.yaml asks "job: fee, passport"',
    ]);
    expect(checkTwinProblems(mn, check('content/check/en.yaml', ['job', ['fee', 'passport']]))).toEqual([
      'content/check/en.yaml: offers[1]: asks "nothing" where content/check/mn.yaml asks "study: scholarship"',
    ]);
  });
});

describe('verdictOf', () => {
  it('gives no verdict until every question is answered', () => {
    expect(verdictOf([])).toBeUndefined();
    expect(verdictOf([undefined, undefined, undefined])).toBeUndefined();
    expect(verdictOf(['yes', undefined, 'no'])).toBeUndefined();
    expect(verdictOf(['no', 'no', undefined])).toBeUndefined();
  });

  it('warns when any answer is yes, whatever the others are', () => {
    expect(verdictOf(['yes', 'no', 'no'])).toBe('warning');
    expect(verdictOf(['no', 'unsure', 'yes'])).toBe('warning');
  });

  it('asks to find out first when an answer is don’t know and none is yes', () => {
    expect(verdictOf(['no', 'unsure', 'no'])).toBe('unsure');
    expect(verdictOf(['unsure', 'unsure', 'unsure'])).toBe('unsure');
  });

  it('finds no warning signs only when every answer is no', () => {
    expect(verdictOf(['no', 'no', 'no'])).toBe('noSigns');
  });
});
