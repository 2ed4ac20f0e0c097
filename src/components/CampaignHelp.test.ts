import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import CampaignHelp from './CampaignHelp.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));
vi.mock('../data/site-pages.ts', () => import('./fixture-data.ts'));
vi.mock('../data/campaigns.ts', () => import('./fixture-data.ts'));

describe('CampaignHelp', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-08-10T12:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('answers a campaign’s printed link with its title, that it is over, whom to call and what to read', async () => {
    const html = await renderComponent(CampaignHelp, { locale: 'en', slug: 'world-day' });
    expect(textOf(html.querySelector('h1'))).toBe('World Day');
    expect(textOf(html.querySelector('[data-campaign-ended]'))).toContain('This campaign ended on 2026-07-30.');
    expect(hrefsOf(html.querySelector('[data-call="police"]')!)).toEqual(['tel:102']);
    const read = html.querySelector('[data-read="abroad"] a')!;
    expect([read.getAttribute('href'), textOf(read)]).toEqual(['/en/abroad', 'Help abroad']);
    expect(hrefsOf(html).at(-1)).toBe('/en/campaigns/world-day');
  });

  it('offers no call where the campaign names no contact, and no end where it has none', async () => {
    const html = await renderComponent(CampaignHelp, { locale: 'mn', slug: 'keep-numbers' });
    expect(textOf(html.querySelector('h1'))).toBe('Keep these numbers (mn)');
    expect(html.querySelector('[data-call]')).toBeNull();
    expect(html.querySelector('[data-campaign-ended]')).toBeNull();
    expect(html.querySelector('[data-read="abroad"] a')!.getAttribute('href')).toBe('/abroad');
    expect(html.toString()).not.toContain('tel:');
  });
});
