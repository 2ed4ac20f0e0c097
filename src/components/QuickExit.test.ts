import { describe, expect, it } from 'vitest';
import { uiStrings } from '../i18n/index.ts';
import { QUICK_EXIT_URL } from '../lib/pages/quick-exit.ts';
import QuickExit from './QuickExit.astro';
import { renderComponent, textOf } from './render-component.ts';

describe('QuickExit', () => {
  it('is a plain link to the neutral site, so it leaves even without JavaScript', async () => {
    const html = await renderComponent(QuickExit, { locale: 'en' });
    const links = html.querySelectorAll('quick-exit a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(QUICK_EXIT_URL);
    expect(new URL(QUICK_EXIT_URL).protocol).toBe('https:');
    expect(links[0]!.getAttribute('rel')).toBe('noreferrer');
    expect(links[0]!.hasAttribute('target')).toBe(false);
  });

  it('names itself and its keyboard shortcut in the page’s language', async () => {
    const en = await renderComponent(QuickExit, { locale: 'en' });
    const link = en.querySelector('a')!;
    expect(textOf(link)).toBe('Quick exit');
    const hint = en.querySelector(`#${link.getAttribute('aria-describedby')}`);
    expect(textOf(hint)).toBe('or press Shift 3 times');
    const mn = await renderComponent(QuickExit, { locale: 'mn' });
    expect(textOf(mn.querySelector('a'))).toBe(uiStrings('mn').quickExit.label);
    expect(uiStrings('mn').quickExit.label).not.toBe('Quick exit');
  });

  it('stays off paper', async () => {
    const html = await renderComponent(QuickExit, { locale: 'en' });
    expect(html.querySelector('quick-exit')!.classList.contains('print:hidden')).toBe(true);
  });
});
