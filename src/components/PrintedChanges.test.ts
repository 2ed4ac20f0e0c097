import { describe, expect, it, vi } from 'vitest';
import PrintedChanges from './PrintedChanges.astro';
import { renderComponent, textOf } from './render-component.ts';

vi.mock('../data/print-runs.ts', () => import('./fixture-data.ts'));

describe('PrintedChanges', () => {
  it('names each changed number of the cards that lead here once, struck through, with the number to call now', async () => {
    const html = await renderComponent(PrintedChanges, { locale: 'en', codes: ['kr', 'korea'] });
    const note = html.querySelector('section[role="note"]')!;
    const english = note.querySelectorAll('p[lang="en"]');
    expect(english.map(textOf)).toEqual([
      'If your card shows +82 2 798 3464: that number has changed — call +82 10 8205 3464.',
      'If your card shows 1577-1366: that number has changed and we cannot vouch for it now — use the numbers on this page.',
    ]);
    expect(note.querySelectorAll('del').map(textOf)).toEqual([
      '+82 2 798 3464',
      '+82 2 798 3464',
      '1577-1366',
      '1577-1366',
    ]);
    expect(note.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      'tel:+821082053464',
      'tel:+821082053464',
    ]);
    expect(note.toString()).not.toContain('+66 2 381 1400');
  });

  it('says each change in every language, the page’s own first, since the card is bilingual', async () => {
    const html = await renderComponent(PrintedChanges, { locale: 'mn', codes: ['kr'] });
    expect(html.querySelectorAll('p').map((p) => p.getAttribute('lang'))).toEqual(['mn', 'en', 'mn', 'en']);
  });

  it('renders nothing for cards whose numbers have not changed', async () => {
    const html = await renderComponent(PrintedChanges, { locale: 'en', codes: ['my'] });
    expect(html.toString().trim()).toBe('');
  });
});
