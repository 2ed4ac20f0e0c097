import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import CampaignEnded from './CampaignEnded.astro';
import { renderComponent, textOf } from './render-component.ts';

describe('CampaignEnded', () => {
  // 2026-08-06 00:30 in Ulaanbaatar, still 5 August in UTC: the campaign's own time zone decides.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-08-05T16:30:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('says plainly that a campaign is over once its last day has passed in Ulaanbaatar', async () => {
    const html = await renderComponent(CampaignEnded, { locale: 'en', start: '2026-07-30', end: '2026-08-05' });
    expect(textOf(html)).toBe('This campaign ended on 2026-08-05. The help it pointed to is below, kept up to date.');
  });

  it('says nothing while a campaign runs, or when it has no end date', async () => {
    const running = await renderComponent(CampaignEnded, { locale: 'en', start: '2026-07-30', end: '2026-08-06' });
    expect(running.toString().trim()).toBe('');
    const standing = await renderComponent(CampaignEnded, { locale: 'en', start: '2020-01-01' });
    expect(standing.toString().trim()).toBe('');
  });
});
