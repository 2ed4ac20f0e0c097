import { describe, expect, it } from 'vitest';
import { PhoneError, resolvePhone } from './phone.ts';

describe('resolvePhone: full numbers', () => {
  it('derives E.164, the international form and a tel: link from a number as written locally', () => {
    expect(resolvePhone({ number: '02-798-3464' }, 'KR')).toEqual({
      written: '02-798-3464',
      kind: 'phone',
      line: 'voice',
      e164: '+8227983464',
      international: '+82 2 798 3464',
      href: 'tel:+8227983464',
      reach: 'anywhere',
    });
  });

  it('accepts numbers written with their country code', () => {
    expect(resolvePhone({ number: '+1 202-333-7117' }, 'US').e164).toBe('+12023337117');
    expect(resolvePhone({ number: '(853) 2888 9911' }, 'MO').e164).toBe('+85328889911');
    expect(resolvePhone({ number: '+7/727/269-35-70' }, 'KZ').e164).toBe('+77272693570');
  });

  it('accepts Mongolian mobile numbers', () => {
    expect(resolvePhone({ number: '83042222' }, 'MN').international).toBe('+976 8304 2222');
  });

  it('marks toll-free and shared-cost numbers as uncertain from abroad', () => {
    expect(resolvePhone({ number: '1577-1366' }, 'KR').reach).toBe('uncertain');
    expect(resolvePhone({ number: '1-888-373-7888' }, 'US').reach).toBe('uncertain');
  });

  it('follows the source when it says a number cannot be reached from abroad, or can', () => {
    expect(resolvePhone({ number: '0570-013904', fromAbroad: false }, 'JP').reach).toBe('in-country');
    expect(resolvePhone({ number: '1577-1366', fromAbroad: true }, 'KR').reach).toBe('anywhere');
  });

  it('rejects a number invalid for its country', () => {
    expect(() => resolvePhone({ number: '02-798-346' }, 'KR')).toThrow(
      '"02-798-346" is neither a valid KR phone number nor a KR short code',
    );
  });

  it('rejects a number of another country', () => {
    expect(() => resolvePhone({ number: '+82 2 798 3464' }, 'JP')).toThrow(
      '"+82 2 798 3464" is a KR number, not a JP one',
    );
  });

  it('rejects letters and other characters', () => {
    expect(() => resolvePhone({ number: '02-798-3464 ext. 2' }, 'KR')).toThrow(PhoneError);
    expect(() => resolvePhone({ number: '' }, 'KR')).toThrow(/has characters other than digits/);
  });

  it('rejects an unknown country code', () => {
    expect(() => resolvePhone({ number: '112' }, 'XX' as never)).toThrow('"XX" is not a country code');
  });
});

describe('resolvePhone: short codes', () => {
  it('keeps short codes local and dials them as written', () => {
    expect(resolvePhone({ number: '102' }, 'MN')).toEqual({
      written: '102',
      kind: 'short-code',
      line: 'voice',
      international: '102',
      href: 'tel:102',
      reach: 'in-country',
    });
    expect(resolvePhone({ number: '1800-1280' }, 'MN').href).toBe('tel:18001280');
    expect(resolvePhone({ number: '116 016' }, 'DE').kind).toBe('short-code');
    expect(resolvePhone({ number: '1669' }, 'TH').kind).toBe('short-code');
  });

  it('checks short codes against the country', () => {
    expect(() => resolvePhone({ number: '1022' }, 'CN')).toThrow(
      '"1022" is neither a valid CN phone number nor a CN short code',
    );
    expect(() => resolvePhone({ number: '99' }, 'HK')).toThrow(PhoneError);
  });

  it('says where the shape goes when a country has none, as for a new destination', () => {
    expect(() => resolvePhone({ number: '999' }, 'GB')).toThrow(
      '"999" is neither a valid GB phone number nor a GB short code; src/lib/contacts/short-codes.ts has no short-number shape for GB yet',
    );
  });

  it('offers a short code from abroad only in the international form its source gives', () => {
    const phone = resolvePhone({ number: '1345', fromAbroad: '+82-1345' }, 'KR');
    expect(phone.reach).toBe('anywhere');
    expect(phone.abroad).toEqual({ international: '+82 1345', href: 'tel:+821345' });
    expect(() => resolvePhone({ number: '1345', fromAbroad: '+81-1345' }, 'KR')).toThrow(
      /expected KR's calling code and 1345, "\+821345"/,
    );
    expect(() => resolvePhone({ number: '1345', fromAbroad: true }, 'KR')).toThrow(/give the international form/);
  });

  it('texts SMS short codes instead of calling them', () => {
    expect(resolvePhone({ number: '233733', line: 'sms' }, 'US')).toMatchObject({
      kind: 'sms',
      line: 'sms',
      href: 'sms:233733',
    });
  });
});

describe('resolvePhone: what a number is for', () => {
  it('gives a voice line a tel: link by default', () => {
    expect(resolvePhone({ number: '02-798-3464' }, 'KR')).toMatchObject({ line: 'voice', href: 'tel:+8227983464' });
    expect(resolvePhone({ number: '112' }, 'KR')).toMatchObject({ line: 'voice', href: 'tel:112' });
  });

  it('never gives a fax a link', () => {
    const fax = resolvePhone({ number: '+86-10-6532-6216', line: 'fax' }, 'CN');
    expect(fax.line).toBe('fax');
    expect(fax.href).toBeUndefined();
    expect(fax.e164).toBe('+861065326216');
  });

  it('texts a full number marked sms, and opens a WhatsApp account by its documented link', () => {
    expect(resolvePhone({ number: '019-261 5999', line: 'sms' }, 'MY').href).toBe('sms:+60192615999');
    expect(resolvePhone({ number: '019-261 5999', line: 'whatsapp' }, 'MY').href).toBe('https://wa.me/60192615999');
  });

  it('refuses a short code as a fax or a WhatsApp account', () => {
    expect(() => resolvePhone({ number: '112', line: 'fax' }, 'KR')).toThrow(/short code, which cannot be a fax/);
    expect(() => resolvePhone({ number: '112', line: 'whatsapp' }, 'KR')).toThrow(/cannot be a whatsapp/);
  });
});
