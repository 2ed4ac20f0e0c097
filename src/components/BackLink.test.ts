import { describe, expect, it } from 'vitest';
import BackLink from './BackLink.astro';
import { renderComponent, textOf } from './render-component.ts';

describe('BackLink', () => {
  it('leads back to the list, as a target large enough to tap, and is kept out of search', async () => {
    const html = await renderComponent(BackLink, { href: '/en/abroad', label: '← All countries' });
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/en/abroad');
    expect(textOf(link)).toBe('← All countries');
    expect(link?.classList.contains('min-h-11')).toBe(true);
    expect(link?.closest('[data-pagefind-ignore]')).not.toBeNull();
  });
});
