import { describe, expect, it } from 'vitest';
import CampaignList from './CampaignList.astro';
import { renderComponent, textOf } from './render-component.ts';

const campaign = (slug: string, title: string, start: string, end?: string) => ({
  slug,
  entry: { data: { title, description: `About ${title}` } },
  start,
  end,
});

describe('CampaignList', () => {
  it('links each campaign in the page’s language, with its dates and description', async () => {
    const campaigns = [
      campaign('world-day', 'World Day', '2026-07-30', '2026-07-30'),
      campaign('keep-numbers', 'Keep these numbers', '2026-01-01'),
    ];
    const html = await renderComponent(CampaignList, { locale: 'mn', campaigns });
    const items = html.querySelectorAll('li');
    expect(items.map((item) => item.querySelector('a')!.getAttribute('href'))).toEqual([
      '/campaigns/world-day',
      '/campaigns/keep-numbers',
    ]);
    expect(items.map((item) => item.querySelectorAll('time').length)).toEqual([2, 1]);
    expect(textOf(items[1]!.querySelector('p'))).toContain('2026-01-01');
    expect(textOf(items[0]!.querySelector('p:last-child'))).toBe('About World Day');
  });
});
