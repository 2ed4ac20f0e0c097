import { describe, expect, it } from 'vitest';
import { byPublishingOrder, isCallable, sourceName, telHref } from './contacts.ts';

describe('isCallable', () => {
  it('offers confirmed and single-source numbers, never unconfirmed ones', () => {
    expect(isCallable('confirmed')).toBe(true);
    expect(isCallable('single-source')).toBe(true);
    expect(isCallable('unconfirmed')).toBe(false);
  });
});

describe('telHref', () => {
  it('dials short codes as written', () => {
    expect(telHref('102')).toBe('tel:102');
    expect(telHref('1903')).toBe('tel:1903');
  });

  it('drops separators and keeps a leading +', () => {
    expect(telHref('1800-1280')).toBe('tel:18001280');
    expect(telHref('+82 2 798 3464')).toBe('tel:+8227983464');
    expect(telHref('(853) 2888 9911')).toBe('tel:85328889911');
  });

  it('refuses anything that is not a number', () => {
    expect(() => telHref('102 ext 5')).toThrow('"102 ext 5" cannot be dialled');
    expect(() => telHref('')).toThrow('cannot be dialled');
    expect(() => telHref('1+2')).toThrow('cannot be dialled');
  });
});

describe('sourceName', () => {
  it('names a source by its host', () => {
    expect(sourceName('https://www.crc.gov.mn/list?a=1')).toBe('crc.gov.mn');
    expect(sourceName('https://parliament.mn/en/nn/76539')).toBe('parliament.mn');
  });
});

describe('byPublishingOrder', () => {
  it('lists callable numbers first, then by number', () => {
    const contacts = [
      { status: 'unconfirmed', number: '1903' },
      { status: 'confirmed', number: '108' },
      { status: 'single-source', number: '1345' },
      { status: 'confirmed', number: '102' },
    ] as const;
    expect([...contacts].sort(byPublishingOrder).map((c) => c.number)).toEqual(['102', '108', '1345', '1903']);
  });
});
