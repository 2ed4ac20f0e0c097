import { describe, expect, it } from 'vitest';
import type { Contact } from './contacts.ts';
import { fixtureContact, fixturePhone } from './contact-fixtures.ts';
import type { Destination } from './destinations.ts';
import { messageContacts, messageLines, numbersMessage, smsHref, smsUri } from './sms-numbers.ts';

const police = fixtureContact({
  id: 'kr/police',
  country: 'KR',
  name: { mn: 'Цагдаа', en: 'Police' },
  phones: [fixturePhone({ number: '112' }, 'KR')],
});
const embassy = fixtureContact({
  id: 'kr/embassy-seoul',
  country: 'KR',
  name: { mn: 'Сөүл дэх Монгол Улсын Элчин сайдын яам', en: 'Embassy of Mongolia in Seoul' },
  mission: { kind: 'embassy', city: { mn: 'Сөүл', en: 'Seoul' } },
  phones: [fixturePhone({ number: '02-798-3465', line: 'fax' }, 'KR'), fixturePhone({ number: '02-798-3464' }, 'KR')],
});
const kinds = {
  embassy: 'Элчин сайдын яам',
  'consulate-general': 'Ерөнхий консулын газар',
  consulate: 'Консулын газар',
  'permanent-mission': 'Байнгын төлөөлөгчийн газар',
  'honorary-consul': 'Өргөмжит консул',
};
const faxOnly: Contact = { ...embassy, id: 'kr/fax', phones: [embassy.phones[0]!] };

/** The parts of an `sms:` URI as RFC 5724 and RFC 3986 split it. */
function parts(href: string) {
  const match = /^sms:([^?]*)\?(.*)$/.exec(href);
  if (!match) throw new Error(`not an sms: URI with fields: ${href}`);
  const fields = match[2]!.split('&').filter(Boolean);
  return { recipients: match[1], fields };
}

describe('messageContacts', () => {
  const inMongolian = fixtureContact({
    id: 'kr/help-mn',
    country: 'KR',
    speaksMongolian: true,
    phones: [fixturePhone({ number: '1345' }, 'KR')],
  });
  const korea: Destination = {
    code: 'KR',
    slug: 'kr',
    formerSlugs: [],
    phraseLanguages: [],
    name: { mn: 'Өмнөд Солонгос', en: 'South Korea' },
    emergency: [police],
    help: [inMongolian],
    missions: [embassy],
    coveredBy: [],
  };

  it('carries the emergency number and the embassy, not the local line in Mongolian', () => {
    expect(messageContacts(korea, new Map()).map((contact) => contact.id)).toEqual(['kr/police', 'kr/embassy-seoul']);
  });

  it('carries the mission elsewhere that covers a country without its own', () => {
    const bangkok = {
      ...embassy,
      id: 'th/embassy-bangkok',
      country: 'TH' as const,
      phones: [fixturePhone({ number: '02-381-1400' }, 'TH')],
    };
    const malaysia = {
      ...korea,
      code: 'MY' as const,
      emergency: [
        { ...police, id: 'my/emergency', country: 'MY' as const, phones: [fixturePhone({ number: '999' }, 'MY')] },
      ],
      help: [],
      missions: [],
      coveredBy: ['th/embassy-bangkok'],
    };
    expect(messageContacts(malaysia, new Map([[bangkok.id, bangkok]])).map((contact) => contact.id)).toEqual([
      'my/emergency',
      'th/embassy-bangkok',
    ]);
  });
});

describe('messageLines', () => {
  it('gives each contact’s call number in the form that works from anywhere, never a fax, a mission by its kind', () => {
    expect(messageLines([police, embassy, faxOnly], 'mn', kinds)).toEqual([
      { label: 'Цагдаа', number: '112' },
      { label: 'Элчин сайдын яам', number: '+82 2 798 3464' },
    ]);
  });
});

describe('smsHref', () => {
  const body = numbersMessage('Өмнөд Солонгос', messageLines([police, embassy], 'mn', kinds));

  it('writes the message one line a number', () => {
    expect(body).toBe('Өмнөд Солонгос\nЦагдаа: 112\nЭлчин сайдын яам: +82 2 798 3464');
  });

  it('is an sms: URI with no recipient and one body field, in the form iOS and Android both read', () => {
    const href = smsHref(body);
    expect(href.startsWith('sms:?&body=')).toBe(true);
    const { recipients, fields } = parts(href);
    expect(recipients).toBe('');
    expect(fields).toHaveLength(1);
    expect(fields[0]!.startsWith('body=')).toBe(true);
  });

  it('percent-encodes ASCII and leaves other scripts’ letters as they are, an IRI', () => {
    const href = smsHref(`${body} & more? #1 100% = +`);
    const value = parts(href).fields[0]!.slice('body='.length);
    expect(value).toMatch(/^(?:[A-Za-z0-9\-._~!*'():]|%[0-9A-F]{2}|[^\p{ASCII}])*$/u);
    expect(value).toContain('%0A');
    expect(value).toContain('Өмнөд%20Солонгос');
    expect(decodeURIComponent(value)).toBe(`${body} & more? #1 100% = +`);
  });

  it('becomes, as a browser follows it, the RFC 5724 URI: UTF-8 percent-encoded, the same message', () => {
    const text = `${body} & more? #1 100% = +`;
    const uri = smsUri(smsHref(text));
    expect(uri).toMatch(/^sms:\?&body=(?:[A-Za-z0-9\-._~!*'():]|%[0-9A-F]{2})*$/);
    expect(uri).toContain('%D3%A8'); // Ө
    expect(new URL(uri).searchParams.get('body')).toBe(text);
    expect(decodeURIComponent(uri.slice('sms:?&body='.length))).toBe(text);
  });

  it('percent-encodes what is not a letter, digit, mark, punctuation or symbol of another script', () => {
    expect(smsHref('a\u00a0b\u200bc')).toBe('sms:?&body=a%C2%A0b%E2%80%8Bc');
  });
});
