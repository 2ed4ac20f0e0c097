import { describe, expect, it } from 'vitest';
import { fixturePhone } from './contact-fixtures.ts';
import {
  byPublishingOrder,
  callablePhones,
  isCallable,
  isPublished,
  sourceName,
  type ContactStatus,
} from './contacts.ts';

describe('isPublished', () => {
  it('publishes confirmed and single-source contacts, never unconfirmed or withheld ones', () => {
    expect(isPublished({ status: 'confirmed' })).toBe(true);
    expect(isPublished({ status: 'single-source' })).toBe(true);
    expect(isPublished({ status: 'unconfirmed' })).toBe(false);
    expect(isPublished({ status: 'single-source', withheld: { mn: 'хаагдсан', en: 'closed' } })).toBe(false);
  });
});

describe('isCallable and callablePhones', () => {
  it('offers voice, SMS and WhatsApp lines as links, never a fax', () => {
    const fax = fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH');
    const voice = fixturePhone({ number: '+66 2-381-1400' }, 'TH');
    const whatsapp = fixturePhone({ number: '019-261 5999', line: 'whatsapp' }, 'MY');
    expect(isCallable(fax)).toBe(false);
    expect(isCallable(voice)).toBe(true);
    expect(isCallable(whatsapp)).toBe(true);
    expect(callablePhones({ phones: [fax, voice] })).toEqual([voice]);
  });
});

describe('sourceName', () => {
  it('names a source by its host', () => {
    expect(sourceName('https://www.crc.gov.mn/list?a=1')).toBe('crc.gov.mn');
    expect(sourceName('https://parliament.mn/en/nn/76539')).toBe('parliament.mn');
  });
});

describe('byPublishingOrder', () => {
  it('lists better-supported contacts first, then by number', () => {
    const contact = (status: ContactStatus, written: string) => ({
      status,
      phones: [{ written, href: `tel:${written}` }] as never[],
    });
    const contacts = [
      contact('unconfirmed', '1903'),
      contact('confirmed', '108'),
      contact('single-source', '1345'),
      contact('confirmed', '102'),
      { status: 'confirmed' as const, phones: [] },
    ];
    expect(
      contacts.sort(byPublishingOrder).map((c) => (c.phones[0] as { written?: string } | undefined)?.written),
    ).toEqual([undefined, '102', '108', '1345', '1903']);
  });
});
