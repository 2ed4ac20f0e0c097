import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Contact } from './contacts.ts';
import { fixturePhone } from './contact-fixtures.ts';
import { combinedVcard, contactVcard, escapeComponent, escapeText, foldLine } from './vcard.ts';

const embassy: Contact = {
  id: 'kr/embassy-seoul',
  country: 'KR',
  name: { mn: 'Сөүл дэх Монгол Улсын Элчин сайдын яам', en: 'Embassy of Mongolia in Seoul' },
  shortName: { mn: 'Элчин сайдын яам', en: 'Embassy' },
  purpose: { mn: 'Консулын туслалцаа; яаралтай үед', en: 'Consular help, emergencies' },
  phones: [fixturePhone({ number: '02-798-3464' }, 'KR')],
  email: 'seoul@mfa.gov.mn',
  address: { local: '서울 용산구 독서당로 95', latin: '95 Dokseodang-ro, Yongsan-gu, Seoul' },
  sources: [{ title: { mn: 'жагсаалт', en: 'list' }, date: 'undated', states: [] }],
  status: 'confirmed',
  basis: 'official',
  calls: [],
  mission: { kind: 'embassy', city: { mn: 'Сөүл', en: 'Seoul' } },
};
const police: Contact = {
  id: 'kr/police',
  country: 'KR',
  name: { mn: 'Цагдаа', en: 'Police' },
  phones: [fixturePhone({ number: '112' }, 'KR')],
  sources: [{ url: 'https://example.org', date: 'undated', states: [] }],
  status: 'single-source',
  basis: 'official',
  calls: [],
};
const hotline: Contact = {
  ...police,
  id: 'us/hotline',
  country: 'US',
  name: { mn: 'Шуурхай утас', en: 'Hotline' },
  phones: [
    fixturePhone({ ...{ number: '1-888-373-7888' }, label: { mn: 'Залгах', en: 'Call' } }, 'US'),
    fixturePhone({ ...{ number: '233733', line: 'sms' }, label: { mn: 'Мессеж', en: 'Text' } }, 'US'),
  ],
};

/** Parses with ical.js, an independent implementation of RFC 6350. */
function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe('escapeText and foldLine', () => {
  it('escapes the characters RFC 6350 reserves', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b;c\\\\d\\ne');
    expect(escapeComponent('a,b;c')).toBe('a\\,b\\;c');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `NOTE:${'Ө'.repeat(60)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    for (const part of folded.split('\r\n')) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('TEL:tel:112')).toBe('TEL:tel:112');
  });
});

describe('contactVcard', () => {
  it('parses back to the same name, number, e-mail and address', () => {
    const text = contactVcard(embassy, 'mn');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const vcard = parse(text);
    expect(vcard.name).toBe('vcard');
    expect(vcard.getFirstPropertyValue('version')).toBe('4.0');
    expect(vcard.getFirstPropertyValue('fn')).toBe('Сөүл дэх Монгол Улсын Элчин сайдын яам');
    expect(vcard.getFirstPropertyValue('tel')).toBe('tel:+8227983464');
    expect(vcard.getFirstPropertyValue('email')).toBe('seoul@mfa.gov.mn');
    expect(vcard.getFirstProperty('adr')?.toJSON()[3]).toEqual(['', '', '서울 용산구 독서당로 95', '', '', '', '']);
    expect(vcard.getFirstPropertyValue('note')).toBe('Консулын туслалцаа; яаралтай үед');
  });

  it('writes names in the requested language', () => {
    expect(parse(contactVcard(embassy, 'en')).getFirstPropertyValue('fn')).toBe('Embassy of Mongolia in Seoul');
  });
});

describe('combinedVcard', () => {
  it('holds every number, each labelled with its contact', () => {
    const vcard = parse(combinedVcard('Тусламж: Өмнөд Солонгос', [police, embassy, hotline], 'mn'));
    expect(vcard.getFirstPropertyValue('fn')).toBe('Тусламж: Өмнөд Солонгос');
    const tels = vcard.getAllProperties('tel').map((property) => property.toJSON());
    expect(tels.map(([, , , uri]) => uri)).toEqual(['tel:112', 'tel:+8227983464', 'tel:+18883737888', 'tel:233733']);
    expect(tels[3]?.[1]).toMatchObject({ type: 'text', group: 'item4' });
    const labels = vcard
      .getAllProperties('x-ablabel')
      .map((property) => [property.toJSON()[1].group, property.getFirstValue()]);
    expect(labels).toEqual([
      ['item1', 'Цагдаа'],
      ['item2', 'Элчин сайдын яам'],
      ['item3', 'Шуурхай утас (Залгах)'],
      ['item4', 'Шуурхай утас (Мессеж)'],
    ]);
    expect(vcard.getFirstPropertyValue('email')).toBe('seoul@mfa.gov.mn');
  });
});
