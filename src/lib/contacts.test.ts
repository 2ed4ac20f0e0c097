import { describe, expect, it } from 'vitest';
import { byPublishingOrder, isCallable, isPublished, sourceName, type ContactStatus } from './contacts.ts';

describe('isCallable and isPublished', () => {
  it('offers confirmed and single-source contacts, never unconfirmed ones', () => {
    expect(isCallable('confirmed')).toBe(true);
    expect(isCallable('single-source')).toBe(true);
    expect(isCallable('unconfirmed')).toBe(false);
    expect(isPublished({ status: 'unconfirmed' })).toBe(false);
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
    const contact = (status: ContactStatus, written: string) => ({ status, phones: [{ written }] as never[] });
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
