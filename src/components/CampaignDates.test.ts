import { describe, expect, it } from 'vitest';
import CampaignDates from './CampaignDates.astro';
import { renderComponent, textOf } from './render-component.ts';

describe('CampaignDates', () => {
  it('writes a campaign’s first and last day as machine-readable dates', async () => {
    const html = await renderComponent(CampaignDates, { locale: 'en', start: '2026-07-30', end: '2026-08-05' });
    expect(textOf(html)).toBe('When: 2026-07-30 – 2026-08-05');
    expect(html.querySelectorAll('time').map((time) => time.getAttribute('datetime'))).toEqual([
      '2026-07-30',
      '2026-08-05',
    ]);
  });

  it('says a campaign without an end date goes on', async () => {
    const html = await renderComponent(CampaignDates, { locale: 'en', start: '2026-07-30' });
    expect(textOf(html)).toBe('When: 2026-07-30 – no end date');
    expect(html.querySelectorAll('time')).toHaveLength(1);
  });

  it('takes the class its place in the page asks for', async () => {
    const html = await renderComponent(CampaignDates, { locale: 'mn', start: '2026-07-30', class: 'mt-2' });
    expect(html.querySelector('p')!.classList.contains('mt-2')).toBe(true);
  });
});
