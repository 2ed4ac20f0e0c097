import { describe, expect, it } from 'vitest';
import { consularLine, faxOnly, police } from '../component-fixtures.ts';
import { hrefsOf, renderComponent, textOf } from '../render-component.ts';
import Verdict from './Verdict.astro';

const outcomes = {
  warning: { title: 'Warning signs', text: 'Do not go yet.' },
  unsure: { title: 'Find out more', text: 'Ask before you go.' },
  noSigns: { title: 'No warning signs', text: 'Stay careful.' },
};

describe('Verdict', () => {
  it('has every verdict’s title in one live region, for the stylesheet to show the one that fits', async () => {
    const html = await renderComponent(Verdict, { locale: 'en', offerId: 'job', outcomes, lines: [police] });
    const status = html.querySelector('[role="status"]')!;
    expect(status.querySelectorAll('h3').map(textOf)).toEqual(['Warning signs', 'Find out more', 'No warning signs']);
    expect(html.querySelectorAll('.verdict-text').map(textOf)).toEqual([
      'Do not go yet.',
      'Ask before you go.',
      'Stay careful.',
    ]);
  });

  it('lists the lines to call under a heading that names the list, and leads abroad', async () => {
    const html = await renderComponent(Verdict, {
      locale: 'mn',
      offerId: 'study',
      outcomes,
      lines: [police, faxOnly, consularLine],
    });
    const list = html.querySelector('ul')!;
    expect(list.getAttribute('aria-labelledby')).toBe('study-calls');
    expect(html.querySelector('#study-calls')).not.toBeNull();
    expect(hrefsOf(list)).toEqual(['tel:102', 'tel:+97683042222']);
    expect(hrefsOf(html).at(-1)).toBe('/abroad');
  });
});
