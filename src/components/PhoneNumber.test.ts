import { describe, expect, it } from 'vitest';
import { fixturePhone } from '../lib/contacts/contact-fixtures.ts';
import { shownNumbers } from '../lib/pages/render-records.ts';
import PhoneNumber from './PhoneNumber.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

describe('PhoneNumber', () => {
  it('records the call links it shows for search, as written, and nothing for a fax', async () => {
    shownNumbers.clear();
    await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '1345', fromAbroad: '+82-1345' }, 'KR'),
    });
    await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH'),
    });
    expect([...shownNumbers.all().values()].map(({ written, href }) => [written, href])).toEqual([
      ['1345', 'tel:1345'],
      ['+82 1345', 'tel:+821345'],
    ]);
    shownNumbers.clear();
  });

  it('links a full number to tel: in E.164 and shows it as written, with its international form for callers abroad', async () => {
    const html = await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '02-798-3464' }, 'KR'),
    });
    const link = html.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('tel:+8227983464');
    expect(textOf(link)).toBe('02-798-3464');
    expect(textOf(html)).toContain('From abroad: +82 2 798 3464');
  });

  it('renders a fax as text with no link at all, and says it is not for calls', async () => {
    const html = await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH'),
    });
    expect(html.querySelectorAll('a')).toHaveLength(0);
    expect(html.toString()).not.toContain('tel:');
    expect(textOf(html)).toContain('+66 2 392 4199');
    expect(textOf(html)).toContain('Fax — not for calls');
  });

  it('says a short code works only inside its country', async () => {
    const html = await renderComponent(PhoneNumber, { locale: 'en', phone: fixturePhone({ number: '102' }, 'MN') });
    expect(hrefsOf(html)).toEqual(['tel:102']);
    expect(textOf(html)).toContain('Works only from a phone inside the country');
  });

  it('offers a short code’s international form as a second link where its operator opens it to callers abroad', async () => {
    const html = await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '1345', fromAbroad: '+82-1345' }, 'KR'),
    });
    expect(hrefsOf(html)).toEqual(['tel:1345', 'tel:+821345']);
    expect(textOf(html)).toContain('From abroad:');
  });

  it('warns that a toll-free number may not connect from abroad', async () => {
    const html = await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '1577-1366' }, 'KR'),
    });
    expect(hrefsOf(html)).toEqual(['tel:+8215771366']);
    expect(textOf(html)).toContain('May not connect from abroad');
  });

  it('links an SMS line to sms: and a WhatsApp account to wa.me, saying which it is', async () => {
    const sms = await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '02-798-3464', line: 'sms' }, 'KR'),
    });
    expect(hrefsOf(sms)).toEqual(['sms:+8227983464']);
    expect(textOf(sms)).toContain('Send a text message');
    const whatsapp = await renderComponent(PhoneNumber, {
      locale: 'en',
      phone: fixturePhone({ number: '019-261 5999', line: 'whatsapp' }, 'MY'),
    });
    const link = whatsapp.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://wa.me/60192615999');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(textOf(whatsapp)).toContain('Write on WhatsApp');
  });

  it('shows the number’s label in the page’s language', async () => {
    const phone = fixturePhone(
      { number: '02-798-3464', label: { mn: 'Консулын хэсэг', en: 'Consular section' } },
      'KR',
    );
    expect(textOf(await renderComponent(PhoneNumber, { locale: 'en', phone }))).toContain('Consular section');
    const mn = await renderComponent(PhoneNumber, { locale: 'mn', phone });
    expect(textOf(mn)).toContain('Консулын хэсэг');
    expect(textOf(mn)).not.toContain('Consular section');
  });
});
