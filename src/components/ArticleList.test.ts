import { describe, expect, it } from 'vitest';
import ArticleList from './ArticleList.astro';
import { renderComponent, textOf } from './render-component.ts';

const articles = [
  { slug: 'fake-job-offers', entry: { data: { title: 'Fake job offers', description: 'How they look.' } } },
  { slug: 'debt-bondage', entry: { data: { title: 'Debt bondage', description: 'When a debt never ends.' } } },
];

describe('ArticleList', () => {
  it('links each article under its section, in the page’s language, with its description', async () => {
    const en = await renderComponent(ArticleList, { locale: 'en', section: 'signs', articles });
    expect(en.querySelectorAll('a').map((link) => [link.getAttribute('href'), textOf(link)])).toEqual([
      ['/en/signs/fake-job-offers', 'Fake job offers'],
      ['/en/signs/debt-bondage', 'Debt bondage'],
    ]);
    expect(en.querySelectorAll('li p').map(textOf)).toEqual(['How they look.', 'When a debt never ends.']);
    const mn = await renderComponent(ArticleList, { locale: 'mn', section: 'rights', articles });
    expect(mn.querySelector('a')!.getAttribute('href')).toBe('/rights/fake-job-offers');
  });
});
