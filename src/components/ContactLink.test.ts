import { describe, expect, it } from 'vitest';
import { fixtureContact, fixturePhone } from '../lib/contacts/contact-fixtures.ts';
import { faxOnly, krEmbassy, police } from './component-fixtures.ts';
import ContactLink from './ContactLink.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

describe('ContactLink', () => {
  it('is one call link with the contact’s name in the page’s language and its number', async () => {
    const en = await renderComponent(ContactLink, { locale: 'en', contact: police });
    expect(hrefsOf(en)).toEqual(['tel:102']);
    expect(textOf(en)).toBe('Police 102');
    expect(textOf(await renderComponent(ContactLink, { locale: 'mn', contact: police }))).toBe('Цагдаа 102');
  });

  it('names a mission by its kind, where space is tight', async () => {
    const html = await renderComponent(ContactLink, { locale: 'en', contact: krEmbassy });
    expect(textOf(html)).toBe('Embassy 02-798-3464');
    expect(hrefsOf(html)).toEqual(['tel:+8227983464']);
  });

  it('puts the name above the number when stacked, for the emergency strip', async () => {
    const html = await renderComponent(ContactLink, { locale: 'en', contact: police, stacked: true });
    expect(html.querySelectorAll('a > span').map(textOf)).toEqual(['Police', '102']);
  });

  it('renders nothing for a contact with only a fax: there is nothing to call', async () => {
    const html = await renderComponent(ContactLink, { locale: 'en', contact: faxOnly });
    expect(html.querySelectorAll('a')).toHaveLength(0);
    expect(textOf(html)).toBe('');
  });

  it('dials the first voice line, never a fax listed before it', async () => {
    const contact = fixtureContact({
      id: 'th/embassy-bangkok',
      country: 'TH',
      phones: [
        fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH'),
        fixturePhone({ number: '+66 2-381-1400', line: 'sms' }, 'TH'),
        fixturePhone({ number: '+66 2-381-1400' }, 'TH'),
      ],
    });
    expect(hrefsOf(await renderComponent(ContactLink, { locale: 'en', contact }))).toEqual(['tel:+6623811400']);
  });
});
