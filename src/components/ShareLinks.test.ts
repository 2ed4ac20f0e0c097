import { describe, expect, it } from 'vitest';
import ShareLinks from './ShareLinks.astro';
import { renderComponent, textOf } from './render-component.ts';

const url = 'https://example.org/en/campaigns/safe-work-abroad';
const text = 'Ажил гадаадад: аюулгүй яв';

describe('ShareLinks', () => {
  it('shares through plain links to each service’s own share page, with the address and title percent-encoded', async () => {
    const html = await renderComponent(ShareLinks, { locale: 'en', url, text });
    const links = html.querySelectorAll('a[data-share]');
    expect(links.map((link) => [link.getAttribute('data-share'), new URL(link.getAttribute('href')!).host])).toEqual([
      ['facebook', 'www.facebook.com'],
      ['telegram', 't.me'],
      ['x', 'x.com'],
      ['whatsapp', 'wa.me'],
    ]);
    for (const link of links) {
      const href = link.getAttribute('href')!;
      expect(href).not.toMatch(/[\s\u0400-\u04ff]/);
      expect([...new URL(href).searchParams.values()].join(' ')).toContain(url);
      expect(link.getAttribute('rel')).toBe('noreferrer');
    }
    const telegram = new URL(links[1]!.getAttribute('href')!);
    expect(telegram.searchParams.get('url')).toBe(url);
    expect(telegram.searchParams.get('text')).toBe(text);
  });

  it('loads nothing from the services or anyone else: no script, frame or image of theirs', async () => {
    const html = await renderComponent(ShareLinks, { locale: 'en', url, text });
    expect(html.querySelectorAll('iframe, img, link')).toHaveLength(0);
    // The one script is the component's own (the copy button), served by the site.
    for (const element of html.querySelectorAll('[src]')) {
      expect(element.getAttribute('src')).not.toMatch(/^(?:[a-z]+:)?\/\//i);
    }
  });

  it('shows the address as text anyone can select, and hides the copy button until a script can copy', async () => {
    const html = await renderComponent(ShareLinks, { locale: 'en', url, text });
    const address = html.querySelector('[data-url]')!;
    expect(textOf(address)).toBe(url);
    expect(address.classList.contains('select-all')).toBe(true);
    expect(html.querySelector('copy-link button')!.hasAttribute('hidden')).toBe(true);
    expect(html.querySelector('copy-link [role="status"]')).not.toBeNull();
  });

  it('stays out of the search index and off paper', async () => {
    const section = (await renderComponent(ShareLinks, { locale: 'mn', url, text })).querySelector('section')!;
    expect(section.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(section.classList.contains('print:hidden')).toBe(true);
  });
});
