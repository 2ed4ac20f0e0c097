import { describe, expect, it } from 'vitest';
import type { Contact } from './contacts.ts';
import { fixturePhone } from './contact-fixtures.ts';
import { messageLines, numbersMessage, smsHref } from './sms-numbers.ts';

const base = {
  sources: [{ url: 'https://example.org', date: 'undated', states: [] }],
  status: 'confirmed',
  basis: 'official',
  calls: [],
} as const;
const police: Contact = {
  ...base,
  id: 'kr/police',
  country: 'KR',
  name: { mn: 'Цагдаа', en: 'Police' },
  phones: [fixturePhone({ number: '112' }, 'KR')],
};
const embassy: Contact = {
  ...base,
  id: 'kr/embassy-seoul',
  country: 'KR',
  name: { mn: 'Сөүл дэх Монгол Улсын Элчин сайдын яам', en: 'Embassy of Mongolia in Seoul' },
  phones: [fixturePhone({ number: '02-798-3465', line: 'fax' }, 'KR'), fixturePhone({ number: '02-798-3464' }, 'KR')],
};
const faxOnly: Contact = { ...embassy, id: 'kr/fax', phones: [embassy.phones[0]!] };

/** The parts of an `sms:` URI as RFC 5724 and RFC 3986 split it. */
function parts(href: string) {
  const match = /^sms:([^?]*)\?(.*)$/.exec(href);
  if (!match) throw new Error(`not an sms: URI with fields: ${href}`);
  const fields = match[2]!.split('&').filter(Boolean);
  return { recipients: match[1], fields };
}

describe('messageLines', () => {
  it('gives each contact’s call number in the form that works from anywhere, never a fax', () => {
    expect(messageLines([police, embassy, faxOnly], 'mn')).toEqual([
      { label: 'Цагдаа', number: '112' },
      { label: 'Сөүл дэх Монгол Улсын Элчин сайдын яам', number: '+82 2 798 3464' },
    ]);
  });
});

describe('smsHref', () => {
  const body = numbersMessage('Өмнөд Солонгос', messageLines([police, embassy], 'mn'));

  it('writes the message one line a number', () => {
    expect(body).toBe('Өмнөд Солонгос\nЦагдаа: 112\nСөүл дэх Монгол Улсын Элчин сайдын яам: +82 2 798 3464');
  });

  it('is an sms: URI with no recipient and one body field, in the form iOS and Android both read', () => {
    const href = smsHref(body);
    expect(href.startsWith('sms:?&body=')).toBe(true);
    const { recipients, fields } = parts(href);
    expect(recipients).toBe('');
    expect(fields).toHaveLength(1);
    expect(fields[0]!.startsWith('body=')).toBe(true);
  });

  it('percent-encodes the body as UTF-8, leaving only unreserved characters bare (RFC 5724 §2.2)', () => {
    const href = smsHref(`${body} & more? #1 100%`);
    const value = parts(href).fields[0]!.slice('body='.length);
    expect(value).toMatch(/^(?:[A-Za-z0-9\-._~!*'()]|%[0-9A-F]{2})*$/);
    expect(decodeURIComponent(value)).toBe(`${body} & more? #1 100%`);
    expect(value).toContain('%0A');
    expect(value).toContain('%D3%A8'); // Ө
    expect(new URL(href).searchParams.get('body')).toBe(`${body} & more? #1 100%`);
  });
});
