import { describe, expect, it, vi } from 'vitest';
import { fixtureContact, fixturePhone, fixtureSource } from '../lib/contacts/contact-fixtures.ts';
import { faxOnly } from './component-fixtures.ts';
import ContactSources from './ContactSources.astro';
import { renderComponent, textOf } from './render-component.ts';

vi.mock('../data/report-address.ts', () => import('./fixture-data.ts'));

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

  describe('"this number didn\'t work"', () => {
    const render = (contact: ReturnType<typeof fixtureContact>, locale: 'mn' | 'en' = 'en') =>
      renderComponent(
        ContactSources,
        { locale, contact },
        { request: new Request('https://example.org/en/abroad/th') },
      );
    /** A mailto or sms query field, decoded as the mail or messaging app reads it. */
    const field = (href: string, name: string) =>
      new URL(href.replace(/^sms:([^?]*)\?&/, 'sms:$1?')).searchParams.get(name) ?? undefined;

    it('writes the editors a message naming the contact, its numbers and the page, inside the folded sources', async () => {
      const html = await render(withPhone({}, { name: { mn: 'Цагдаа', en: 'Police' } }));
      const [mail, sms] = html.querySelectorAll('details a[data-number-report]');
      expect(textOf(mail)).toBe('Did this number not work? Tell us');
      const mailto = mail!.getAttribute('href')!;
      expect(new URL(mailto).pathname).toBe('numbers@example.org');
      expect(field(mailto, 'subject')).toBe('Please check: Police');
      expect(field(mailto, 'body')).toBe(
        'Contact: Police\r\nNumbers:\r\n102\r\nPage: https://example.org/en/abroad/th\r\nWhat happened, and when (no answer, someone else answered, a fax, not in service):',
      );
      expect(sms!.getAttribute('href')).toMatch(/^sms:\+97699112233\?&body=/);
      expect(field(sms!.getAttribute('href')!, 'body')).toContain(
        'Numbers:\n102\nPage: https://example.org/en/abroad/th',
      );
      expect(textOf(html.querySelector('[data-number-report] + a + span, [data-number-report] ~ span'))).toBe(
        'This opens your own mail or messaging app. The message you send stays there.',
      );
    });

    it("writes in the page's language", async () => {
      const html = await render(withPhone({}, { name: { mn: 'Цагдаа', en: 'Police' } }), 'mn');
      const mailto = html.querySelector('a[data-number-report]')!.getAttribute('href')!;
      expect(field(mailto, 'subject')).toBe('Шалгаж өгнө үү: Цагдаа');
      expect(field(mailto, 'body')).toMatch(/^Байгууллага: Цагдаа\r\nДугаар:\r\n102\r\n/);
    });

    it('asks about the details of a contact with no number to call, never naming its fax', async () => {
      const html = await render(faxOnly);
      const mail = html.querySelector('a[data-number-report]')!;
      expect(textOf(mail)).toBe('Is something here wrong? Tell us');
      expect(field(mail.getAttribute('href')!, 'body')).toContain('Numbers:\r\n—\r\n');
    });
  });
});
