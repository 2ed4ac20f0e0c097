import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { SelfCheckSchema } from './self-check.ts';

const questions = [
  { id: 'fee', text: 'Did they ask for money?', advice: 'Do not pay.' },
  { id: 'passport', text: 'Will they keep your passport?', advice: 'Keep it yourself.' },
  { id: 'contract', text: 'Is there no contract?', advice: 'Ask for one.' },
];
const valid = {
  title: 'Check an offer',
  description: 'Answer a few questions.',
  intro: 'Nothing is sent.',
  offers: ['job', 'study', 'marriage'].map((id) => ({ id, label: id, questions })),
  outcomes: {
    warning: { title: 'Warning', text: 'Wait.' },
    unsure: { title: 'Find out first', text: 'Ask.' },
    noSigns: { title: 'No signs', text: 'Still check.' },
  },
};

function errors(data: unknown): string {
  const result = SelfCheckSchema().safeParse(data);
  return result.success ? '' : formatSchemaIssues('content/check/en.yaml', result.error.issues);
}

describe('SelfCheckSchema', () => {
  it('accepts three offers with their questions and three outcomes', () => {
    expect(errors(valid)).toBe('');
  });

  it.each([
    [{ ...valid, offers: valid.offers.slice(0, 2) }, 'offers: list the offers job, study, marriage'],
    [{ ...valid, offers: [...valid.offers].reverse() }, 'offers: list the offers job, study, marriage'],
    [
      { ...valid, offers: [{ ...valid.offers[0], id: 'work' }, ...valid.offers.slice(1)] },
      'offers[0].id: expected one of: job, study, marriage',
    ],
    [
      { ...valid, offers: [{ ...valid.offers[0], questions: questions.slice(0, 2) }, ...valid.offers.slice(1)] },
      'offers[0].questions: ask at least 3 questions',
    ],
    [
      {
        ...valid,
        offers: [
          { ...valid.offers[0], questions: [{ ...questions[0], id: 'Fee' }, ...questions.slice(1)] },
          ...valid.offers.slice(1),
        ],
      },
      'offers[0].questions[0].id: expected lowercase ASCII',
    ],
    [{ ...valid, outcomes: { warning: valid.outcomes.warning } }, 'outcomes.noSigns: is missing'],
    [
      { ...valid, outcomes: { warning: valid.outcomes.warning, noSigns: valid.outcomes.noSigns } },
      'outcomes.unsure: is missing',
    ],
    [{ ...valid, title: 'x'.repeat(71) }, 'title: the title is longer than 70 characters'],
  ])('rejects %o', (data, message) => {
    expect(errors(data)).toContain(`content/check/en.yaml: ${message}`);
  });
});
