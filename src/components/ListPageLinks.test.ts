import { describe, expect, it } from 'vitest';
import ListPageLinks from './ListPageLinks.astro';
import { renderComponent, textOf } from './render-component.ts';

const linksOf = async (props: Record<string, unknown>) =>
  (await renderComponent(ListPageLinks, props))
    .querySelectorAll('a')
    .map((link) => [link.getAttribute('rel'), link.getAttribute('href'), textOf(link)]);

describe('ListPageLinks', () => {
  it('shows nothing for a list that fits on one page', async () => {
    const html = await renderComponent(ListPageLinks, { locale: 'en', page: { number: 1, count: 1 } });
    expect(html.toString().trim()).toBe('');
  });

  it('names the page among how many, and links the pages either side, in the page’s language', async () => {
    const page = { number: 2, count: 3, previous: 'signs', next: 'signs/3' };
    const en = await renderComponent(ListPageLinks, { locale: 'en', page });
    expect(en.querySelector('nav')!.getAttribute('aria-label')).toBe('Pages of the list');
    expect(textOf(en.querySelector('nav p'))).toBe('Page 2 of 3');
    expect(await linksOf({ locale: 'en', page })).toEqual([
      ['prev', '/en/signs', '← Previous page'],
      ['next', '/en/signs/3', 'Next page →'],
    ]);
    const mn = await renderComponent(ListPageLinks, { locale: 'mn', page });
    expect(textOf(mn.querySelector('nav p'))).toBe('2-р хуудас, нийт 3');
    expect(await linksOf({ locale: 'mn', page })).toEqual([
      ['prev', '/signs', '← Өмнөх хуудас'],
      ['next', '/signs/3', 'Дараах хуудас →'],
    ]);
  });

  it('links only onward from the first page and only back from the last', async () => {
    expect(await linksOf({ locale: 'en', page: { number: 1, count: 2, next: 'rights/2' } })).toEqual([
      ['next', '/en/rights/2', 'Next page →'],
    ]);
    expect(await linksOf({ locale: 'en', page: { number: 2, count: 2, previous: 'rights' } })).toEqual([
      ['prev', '/en/rights', '← Previous page'],
    ]);
  });
});
