import { describe, expect, it, vi } from 'vitest';
import AbroadList from './AbroadList.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));

describe('AbroadList', () => {
  it('starts with one button per country for its emergency number, by name, skipping a country without one', async () => {
    const html = await renderComponent(AbroadList, { locale: 'en' });
    const buttons = html.querySelectorAll('section[aria-labelledby="emergency-numbers"] a');
    expect(buttons.map((button) => button.querySelectorAll('span').map(textOf))).toEqual([
      ['Macau', '999'],
      ['Malaysia', '999'],
      ['South Korea', '112'],
    ]);
    expect(buttons.map((button) => button.getAttribute('href'))).toEqual(['tel:999', 'tel:999', 'tel:112']);
  });

  it('ends with the Mongolian lines that can be called from abroad, never a short code', async () => {
    const html = await renderComponent(AbroadList, { locale: 'en' });
    const fromAbroad = html.querySelector('section[aria-labelledby="from-abroad"]')!;
    expect(hrefsOf(fromAbroad)).toEqual(['tel:+97683042222']);
  });

  it('has every country’s row between them', async () => {
    const html = await renderComponent(AbroadList, { locale: 'mn' });
    expect(html.querySelectorAll('li[data-target]')).toHaveLength(4);
  });
});
