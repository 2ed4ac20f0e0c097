import { describe, expect, it, vi } from 'vitest';
import { codeForPath } from '../lib/links/short-link-guess.ts';
import ShortLinkGuess from './ShortLinkGuess.astro';
import { renderComponent, textOf } from './render-component.ts';

vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));
vi.mock('../data/short-links.ts', () => import('./fixture-data.ts'));

const render = (locale: string) => renderComponent(ShortLinkGuess, { locale, lead: 'Did you mean:' });

describe('ShortLinkGuess', () => {
  it('shows nothing without JavaScript: the list of destinations after it stands alone', async () => {
    const html = await render('en');
    expect(html.querySelector('short-link-guess > div')!.hasAttribute('hidden')).toBe(true);
    expect(textOf(html.querySelector('short-link-guess p'))).toBe('Did you mean:');
  });

  it('hands the script the words a reader may type, each leading to its code', async () => {
    const words = JSON.parse((await render('en')).querySelector('short-link-guess')!.getAttribute('data-words')!);
    expect(codeForPath('/GO/KOREA', words)).toBe('kr');
    expect(codeForPath('/go/help', words)).toBe('help');
  });

  it('names each code’s page in the page’s language, with its address', async () => {
    const targets = (html: Awaited<ReturnType<typeof render>>) =>
      JSON.parse(html.querySelector('short-link-guess')!.getAttribute('data-targets')!);
    expect(targets(await render('en'))).toEqual({
      kr: ['abroad/kr', '/en/abroad/kr', 'South Korea'],
      my: ['abroad/my', '/en/abroad/my', 'Malaysia'],
      help: ['hotlines', '/en/hotlines', 'Help lines'],
    });
    expect(targets(await render('mn')).kr).toEqual(['abroad/kr', '/abroad/kr', 'Өмнөд Солонгос']);
  });
});
