import { describe, expect, it } from 'vitest';
import { renderComponent, textOf } from '../render-component.ts';
import OfferQuestions from './OfferQuestions.astro';

const offer = {
  id: 'job',
  label: 'A job abroad',
  questions: [
    { id: 'passport', text: 'Will they keep your passport?', advice: 'Never hand over your passport.' },
    { id: 'fee', text: 'Do you pay a fee to get the job?', advice: 'A real employer does not charge you.' },
  ],
};

describe('OfferQuestions', () => {
  it('asks each question as its own group of yes / no / don’t-know radios, all required, so CSS can tell what is unanswered', async () => {
    const html = await renderComponent(OfferQuestions, { locale: 'en', offer });
    const groups = html.querySelectorAll('fieldset');
    expect(groups.map((group) => textOf(group.querySelector('legend')))).toEqual([
      'Will they keep your passport?',
      'Do you pay a fee to get the job?',
    ]);
    for (const [index, group] of groups.entries()) {
      const radios = group.querySelectorAll('input[type="radio"]');
      expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['yes', 'no', 'unsure']);
      expect(new Set(radios.map((radio) => radio.getAttribute('name')))).toEqual(
        new Set([`job-${offer.questions[index]!.id}`]),
      );
      expect(radios.every((radio) => radio.hasAttribute('required'))).toBe(true);
      expect(group.querySelectorAll('label').map(textOf)).toEqual(['Yes', 'No', 'Don’t know']);
    }
  });

  it('carries each question’s advice, led by what the stylesheet shows after a yes or after a don’t-know', async () => {
    const html = await renderComponent(OfferQuestions, { locale: 'en', offer });
    const advice = html.querySelectorAll('.advice');
    expect(advice.map((each) => textOf(each.querySelector('.advice-if-yes')))).toEqual(['If yes:', 'If yes:']);
    expect(advice.map((each) => textOf(each.querySelector('.advice-if-unsure')))).toEqual([
      'Find out before you go:',
      'Find out before you go:',
    ]);
    expect(advice.map((each) => textOf(each).endsWith(offer.questions[advice.indexOf(each)]!.advice))).toEqual([
      true,
      true,
    ]);
    // Only one lead shows at a time, so each must be followed by a space before the advice.
    expect(
      advice.map((each) => each.innerHTML.includes(`</span> ${offer.questions[advice.indexOf(each)]!.advice}`)),
    ).toEqual([true, true]);
  });
});
