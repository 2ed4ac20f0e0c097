import { describe, expect, it, vi } from 'vitest';
import type { PrintedChange } from '../lib/print/printed-changes.ts';
import PrintedChanges from './PrintedChanges.astro';
import { renderComponent, textOf } from './render-component.ts';

vi.mock('../data/print-runs.ts', () => {
  const run = {
    edition: 'Passport insert, first run',
    date: '2026-01-15',
    label: { mn: 'Элчин сайдын яам', en: 'Embassy' },
  };
  const changes: PrintedChange[] = [
    {
      ...run,
      code: 'kr',
      contact: 'kr/embassy-seoul',
      printed: '+82 2 798 3464',
      now: '+82 10 8205 3464',
      nowHref: 'tel:+821082053464',
    },
    { ...run, code: 'kr', contact: 'kr/danuri', printed: '1577-1366' },
    // The same old number on a second card that leads here: said once.
    {
      ...run,
      code: 'korea',
      contact: 'kr/embassy-seoul',
      printed: '+82 2 798 3464',
      now: '+82 10 8205 3464',
      nowHref: 'tel:+821082053464',
    },
    { ...run, code: 'th', contact: 'th/embassy-bangkok', printed: '+66 2 381 1400' },
  ];
  return { changedPrintedNumbers: async () => changes };
});

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
