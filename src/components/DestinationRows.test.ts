import { describe, expect, it, vi } from 'vitest';
import DestinationRows from './DestinationRows.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));

const rows = async (props: Record<string, unknown>) =>
  (await renderComponent(DestinationRows, props)).querySelectorAll('li[data-target]');

describe('DestinationRows', () => {
  it('lists every destination by its name in the page’s language, in that language’s order', async () => {
    const en = await rows({ locale: 'en' });
    expect(en.map((row) => row.getAttribute('data-target'))).toEqual([
      'abroad/mo',
      'abroad/my',
      'abroad/kr',
      'abroad/th',
    ]);
    expect(en.map((row) => textOf(row.querySelector('h2')))).toEqual(['Macau', 'Malaysia', 'South Korea', 'Thailand']);
    const mn = await rows({ locale: 'mn' });
    expect(mn.map((row) => row.querySelector('h2 a')!.getAttribute('href'))).toEqual([
      '/abroad/mo',
      '/abroad/my',
      '/abroad/kr',
      '/abroad/th',
    ]);
  });

  it('gives each its main emergency number and the Mongolian mission to call, one that covers it if it has none', async () => {
    const byTarget = new Map((await rows({ locale: 'en' })).map((row) => [row.getAttribute('data-target'), row]));
    expect(hrefsOf(byTarget.get('abroad/kr')!).slice(1)).toEqual(['tel:112', 'tel:+8227983464']);
    expect(hrefsOf(byTarget.get('abroad/my')!).slice(1)).toEqual(['tel:999', 'tel:+6623811400']);
    expect(hrefsOf(byTarget.get('abroad/th')!).slice(1)).toEqual(['tel:+6623811400']);
  });

  it('sends to the country’s page where its mission has no number to call', async () => {
    const macau = (await rows({ locale: 'en' }))[0]!;
    expect(hrefsOf(macau).slice(1)).toEqual(['tel:999']);
    expect(textOf(macau)).toContain('No confirmed phone for a Mongolian mission');
  });

  it('takes the heading level of its place in the page', async () => {
    expect((await rows({ locale: 'en', headingLevel: 3 }))[0]!.querySelector('h3')).not.toBeNull();
  });
});
