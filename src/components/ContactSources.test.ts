import { describe, expect, it } from 'vitest';
import { fixtureContact, fixturePhone, fixtureSource } from '../lib/contacts/contact-fixtures.ts';
import { faxOnly } from './component-fixtures.ts';
import ContactSources from './ContactSources.astro';
import { renderComponent, textOf } from './render-component.ts';

const withPhone = (verification: Parameters<typeof fixturePhone>[2], fields = {}) =>
  fixtureContact({ id: 'police', phones: [fixturePhone({ number: '102' }, 'MN', verification)], ...fields });

/** The plain-words line above the folded sources. */
const summaryOf = async (contact: ReturnType<typeof fixtureContact>) =>
  textOf(
    (await renderComponent(ContactSources, { locale: 'en', contact })).querySelector('details')?.previousElementSibling,
  );

describe('ContactSources', () => {
  it('says in plain words what the number rests on: an official source, a test call, or unofficial sources', async () => {
    expect(await summaryOf(withPhone({}))).toBe('An official source gives this number.');
    expect(
      await summaryOf(
        withPhone({ basis: 'call', calls: [{ date: '2026-11-20', number: '102', outcome: 'answered' }] }),
      ),
    ).toBe('Our editors called it on 2026-11-20, and it answered.');
    expect(await summaryOf(withPhone({ basis: 'secondary', independent: 2 }))).toBe(
      'No official source found: the number comes from unofficial sources (2).',
    );
  });

  it('claims nothing for a contact with nothing to call', async () => {
    const html = await renderComponent(ContactSources, { locale: 'en', contact: faxOnly });
    expect(html.querySelector('details')?.previousElementSibling ?? null).toBeNull();
  });

  it('folds away every source, with its date and whether it is official, and every test call', async () => {
    const contact = withPhone(
      {},
      {
        notes: { mn: 'Тэмдэглэл', en: 'A note for checkers' },
        sources: [
          fixtureSource(['102'], { url: 'https://www.police.gov.mn/contact', date: '2024-03-01', read: '2026-11-01' }),
          fixtureSource(['102'], {
            url: undefined,
            title: { mn: 'Хэвлэмэл товхимол', en: 'A printed leaflet' },
            official: false,
          }),
        ],
        calls: [
          { date: '2026-11-20', number: '102', outcome: 'no-answer', language: { mn: 'монгол', en: 'Mongolian' } },
        ],
      },
    );
    const html = await renderComponent(ContactSources, { locale: 'en', contact });
    expect(textOf(html.querySelector('summary'))).toBe('Sources');
    expect(textOf(html.querySelector('details > p'))).toBe('A note for checkers');
    expect(html.querySelectorAll('details li').map(textOf)).toEqual([
      'police.gov.mn; official; dated 2024-03-01; we read it on 2026-11-01',
      'A printed leaflet; undated',
      'Called on 2026-11-20: no answer (102); Mongolian',
    ]);
    const link = html.querySelector('details a')!;
    expect(link.getAttribute('href')).toBe('https://www.police.gov.mn/contact');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });
});
