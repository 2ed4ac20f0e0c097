import { describe, expect, it } from 'vitest';
import SiteHeader from './SiteHeader.astro';
import { renderComponent } from './render-component.ts';

const current = async (locale: string, slug: string) =>
  Object.fromEntries(
    (await renderComponent(SiteHeader, { locale, slug }))
      .querySelectorAll('a[aria-current]')
      .map((link) => [link.getAttribute('href'), link.getAttribute('aria-current')]),
  );

describe('SiteHeader', () => {
  it('marks the page a reader is on, and the section a deeper page belongs to', async () => {
    expect(await current('en', 'hotlines')).toEqual({ '/en/hotlines': 'page' });
    expect(await current('en', 'abroad/kr')).toEqual({ '/en/abroad': 'true' });
    expect(await current('mn', 'signs/fake-job-offers')).toEqual({ '/signs': 'true' });
    expect(await current('en', 'about')).toEqual({});
  });

  it('links home and every section in the page’s language, with the switch to the twin page', async () => {
    const html = await renderComponent(SiteHeader, { locale: 'en', slug: 'abroad/kr' });
    const hrefs = html.querySelectorAll('header a').map((link) => link.getAttribute('href'));
    expect(hrefs[0]).toBe('/en');
    expect(hrefs).toContain('/abroad/kr');
    for (const href of hrefs.filter((href) => href !== '/abroad/kr')) expect(href).toMatch(/^\/en(?:\/|$)/);
  });
});
