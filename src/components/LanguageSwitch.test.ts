import { describe, expect, it } from 'vitest';
import LanguageSwitch from './LanguageSwitch.astro';
import { renderComponent, textOf } from './render-component.ts';

describe('LanguageSwitch', () => {
  it('links a Mongolian page to its English twin, marked with the twin’s language', async () => {
    const html = await renderComponent(LanguageSwitch, { locale: 'mn', slug: 'abroad/kr' });
    const link = html.querySelector('nav a')!;
    expect(link.getAttribute('href')).toBe('/en/abroad/kr');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(link.getAttribute('lang')).toBe('en');
    expect(textOf(link)).toBe('English');
  });

  it('links an English page to its Mongolian twin at the root, named in Mongolian', async () => {
    const html = await renderComponent(LanguageSwitch, { locale: 'en', slug: 'signs/fake-job-offers' });
    const link = html.querySelector('nav a')!;
    expect(link.getAttribute('href')).toBe('/signs/fake-job-offers');
    expect(link.getAttribute('hreflang')).toBe('mn');
    expect(link.getAttribute('lang')).toBe('mn');
    expect(textOf(link)).toBe('Монгол');
  });

  it('links the home pages to each other', async () => {
    const en = await renderComponent(LanguageSwitch, { locale: 'en', slug: '' });
    expect(en.querySelector('a')!.getAttribute('href')).toBe('/');
    const mn = await renderComponent(LanguageSwitch, { locale: 'mn', slug: '' });
    expect(mn.querySelector('a')!.getAttribute('href')).toBe('/en');
  });

  it('is a navigation landmark named in the page’s language', async () => {
    const html = await renderComponent(LanguageSwitch, { locale: 'en', slug: 'about' });
    expect(html.querySelector('nav')!.getAttribute('aria-label')).toBe('Language');
  });
});
