import { describe, expect, it } from 'vitest';
import { SEARCH_KINDS } from '../lib/pages/search-document.ts';
import SiteSearch from './SiteSearch.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

const countries = [
  { code: 'kr', name: { mn: 'Өмнөд Солонгос', en: 'South Korea' } },
  { code: 'my', name: { mn: 'Малайз', en: 'Malaysia' } },
];

describe('SiteSearch', () => {
  it('without JavaScript, says so and links to the sections instead, in the page’s language', async () => {
    const en = await renderComponent(SiteSearch, { locale: 'en', countries });
    const fallback = en.querySelector('site-search [data-no-script]')!;
    expect(fallback.hasAttribute('hidden')).toBe(false);
    expect(textOf(fallback.querySelector('p'))).toContain('Search needs JavaScript');
    const hrefs = hrefsOf(fallback);
    expect(hrefs).toEqual(expect.arrayContaining(['/en/abroad', '/en/hotlines']));
    for (const href of hrefs) expect(href).toMatch(/^\/en\/[a-z]/);
    const mn = hrefsOf(
      (await renderComponent(SiteSearch, { locale: 'mn', countries })).querySelector('[data-no-script]')!,
    );
    expect(mn).toEqual(hrefs.map((href) => href.replace(/^\/en/, '')));
  });

  it('keeps the form hidden until the script can run it, so no one types into a search that cannot answer', async () => {
    const html = await renderComponent(SiteSearch, { locale: 'en', countries });
    const form = html.querySelector('site-search form')!;
    expect(form.getAttribute('role')).toBe('search');
    expect(form.hasAttribute('hidden')).toBe(true);
    expect(form.hasAttribute('action')).toBe(false);
  });

  it('offers every kind of page and every country given as filters, named in the page’s language', async () => {
    const html = await renderComponent(SiteSearch, { locale: 'en', countries });
    const values = (name: string) =>
      html.querySelectorAll(`select[name="${name}"] option`).map((option) => option.getAttribute('value'));
    expect(values('kind')).toEqual(['', ...SEARCH_KINDS]);
    expect(values('country')).toEqual(['', 'kr', 'my']);
    expect(html.querySelectorAll('select[name="country"] option').map(textOf)).toEqual([
      'All countries',
      'South Korea',
      'Malaysia',
    ]);
  });

  it('hands the script its messages in the page’s language', async () => {
    const html = await renderComponent(SiteSearch, { locale: 'en', countries });
    const messages = JSON.parse(html.querySelector('site-search')!.getAttribute('data-messages')!);
    expect(messages).toMatchObject({ noResults: 'Nothing found. Try other words.', results: '{count} results' });
  });
});
