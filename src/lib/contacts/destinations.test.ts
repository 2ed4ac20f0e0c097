import { describe, expect, it } from 'vitest';
import { fixtureContact, fixturePhone } from './contact-fixtures.ts';
import type { Contact } from './contacts.ts';
import {
  callLinkPhone,
  cardContacts,
  destinationAt,
  dialsFrom,
  helpCard,
  missionsFor,
  published,
  reachableFromAbroad,
  stripContacts,
  type Destination,
} from './destinations.ts';

// Numbers of the right shape for their country; none of them is a fact the site publishes.
const krEmergency = fixtureContact({ id: 'kr/police', country: 'KR', phones: [fixturePhone({ number: '112' }, 'KR')] });
const krInMongolian = fixtureContact({
  id: 'kr/help-mn',
  country: 'KR',
  speaksMongolian: true,
  phones: [fixturePhone({ number: '1345' }, 'KR')],
});
const krOtherHelp = fixtureContact({
  id: 'kr/help',
  country: 'KR',
  phones: [fixturePhone({ number: '1577-1366' }, 'KR')],
});
const krEmbassy = fixtureContact({
  id: 'kr/embassy',
  country: 'KR',
  phones: [fixturePhone({ number: '02-798-3464' }, 'KR')],
});
const unconfirmed = fixtureContact({
  id: 'kr/unconfirmed',
  country: 'KR',
  status: 'unconfirmed',
  phones: [fixturePhone({ number: '02-798-3465' }, 'KR')],
});
const withheld = fixtureContact({
  id: 'kr/withheld',
  country: 'KR',
  withheld: { mn: 'шалтгаан', en: 'reason' },
  phones: [fixturePhone({ number: '02-798-3466' }, 'KR')],
});
/** Mongolia's police short code: works only inside Mongolia. */
const mnShortCode = fixtureContact({ id: 'police', phones: [fixturePhone({ number: '102' }, 'MN')] });
/** A full Mongolian number, which works from anywhere. */
const mnFull = fixtureContact({ id: 'mn-line', phones: [fixturePhone({ number: '+976 7011 2345' }, 'MN')] });

const destination = (fields: Partial<Destination> = {}): Destination => ({
  code: 'KR',
  slug: 'kr',
  formerSlugs: [],
  phraseLanguages: [],
  name: { mn: 'Өмнөд Солонгос', en: 'South Korea' },
  emergency: [krEmergency],
  help: [krOtherHelp, krInMongolian],
  missions: [krEmbassy],
  coveredBy: [],
  ...fields,
});
const ids = (contacts: readonly Contact[]) => contacts.map((contact) => contact.id);

describe('destinationAt', () => {
  const places = [
    { slug: 'kr-new', formerSlugs: ['kr'] },
    { slug: 'jp', formerSlugs: [] },
  ];

  it('finds the destination at a slug, and the one that moved from a former slug', () => {
    expect(destinationAt(places, 'abroad/jp')).toBe(places[1]);
    expect(destinationAt(places, 'abroad/kr-new')).toBe(places[0]);
    expect(destinationAt(places, 'abroad/kr')).toBe(places[0]);
  });

  it('finds none for another page or a slug nobody had', () => {
    expect(destinationAt(places, 'abroad')).toBeUndefined();
    expect(destinationAt(places, 'abroad/cn')).toBeUndefined();
    expect(destinationAt(places, 'hotlines')).toBeUndefined();
  });
});

describe('published', () => {
  it('keeps published contacts in the content’s order, never an unconfirmed or withheld one', () => {
    expect(ids(published([unconfirmed, krEmbassy, withheld, krEmergency]))).toEqual(['kr/embassy', 'kr/police']);
  });
});

describe('missionsFor', () => {
  const elsewhere = fixtureContact({
    id: 'th/embassy',
    country: 'TH',
    phones: [fixturePhone({ number: '+66 2-392-4199' }, 'TH')],
  });
  const byId = new Map([elsewhere, unconfirmed].map((contact) => [contact.id, contact]));

  it('gives the country’s own published missions first of all', () => {
    expect(ids(missionsFor(destination({ coveredBy: ['th/embassy'] }), byId))).toEqual(['kr/embassy']);
  });

  it('falls back to the published missions elsewhere that cover it, skipping unknown and unpublished ids', () => {
    const covered = destination({ missions: [unconfirmed], coveredBy: ['no/such', 'kr/unconfirmed', 'th/embassy'] });
    expect(ids(missionsFor(covered, byId))).toEqual(['th/embassy']);
  });

  it('is empty when neither exists', () => {
    expect(missionsFor(destination({ missions: [] }), byId)).toEqual([]);
  });
});

describe('callLinkPhone', () => {
  it('is the first voice line, even after a text line', () => {
    const contact = fixtureContact({
      id: 'x',
      country: 'KR',
      phones: [fixturePhone({ number: '1345', line: 'sms' }, 'KR'), fixturePhone({ number: '02-798-3464' }, 'KR')],
    });
    expect(callLinkPhone(contact)?.written).toBe('02-798-3464');
  });

  it('is the first line that takes a text when there is no voice line, and never a fax', () => {
    const text = fixtureContact({
      id: 'x',
      country: 'KR',
      phones: [fixturePhone({ number: '1345', line: 'sms' }, 'KR')],
    });
    expect(callLinkPhone(text)?.href).toBe('sms:1345');
    const fax = fixtureContact({
      id: 'y',
      country: 'TH',
      phones: [fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH')],
    });
    expect(callLinkPhone(fax)).toBeUndefined();
  });
});

describe('dialsFrom', () => {
  it('dials any number of the country, short codes included', () => {
    expect(dialsFrom(krEmergency, 'KR')).toBe(true);
    expect(dialsFrom(mnShortCode, 'MN')).toBe(true);
  });

  it('dials a full number of another country that works from abroad, never its short code', () => {
    expect(dialsFrom(mnFull, 'KR')).toBe(true);
    expect(dialsFrom(mnShortCode, 'KR')).toBe(false);
    expect(dialsFrom(krEmergency, 'MN')).toBe(false);
  });

  it('does not dial a number a source says cannot be reached from abroad, or a contact without a call link', () => {
    const inCountry = fixtureContact({
      id: 'x',
      country: 'KR',
      phones: [fixturePhone({ number: '02-798-3464', fromAbroad: false }, 'KR')],
    });
    expect(dialsFrom(inCountry, 'KR')).toBe(true);
    expect(dialsFrom(inCountry, 'MN')).toBe(false);
    expect(dialsFrom(fixtureContact({ id: 'none', country: 'KR' }), 'KR')).toBe(false);
  });
});

describe('stripContacts', () => {
  it('gives the emergency number, the line in Mongolian, then the mission', () => {
    expect(ids(stripContacts(destination(), new Map()))).toEqual(['kr/police', 'kr/help-mn', 'kr/embassy']);
  });

  it('leaves out what cannot be dialled from there or is not published, keeping the rest in order', () => {
    const strip = stripContacts(
      destination({ emergency: [unconfirmed, mnShortCode], help: [krOtherHelp], missions: [withheld, krEmbassy] }),
      new Map(),
    );
    expect(ids(strip)).toEqual(['kr/embassy']);
  });
});

describe('reachableFromAbroad', () => {
  it('keeps published contacts with a number that works from abroad', () => {
    const unpublishedFull = { ...mnFull, id: 'mn-unpublished', status: 'unconfirmed' as const };
    expect(ids(reachableFromAbroad([mnShortCode, mnFull, unpublishedFull]))).toEqual(['mn-line']);
  });
});

describe('helpCard', () => {
  it('sorts the destination’s contacts as the card lists them', () => {
    const card = helpCard(
      destination({ help: [krOtherHelp, krInMongolian, unconfirmed] }),
      [mnShortCode, mnFull],
      new Map(),
    );
    expect(card).toEqual({
      emergency: [krEmergency],
      inMongolian: [krInMongolian],
      help: [krOtherHelp],
      missions: [krEmbassy],
      ownMissions: true,
      fromAbroad: [mnFull],
    });
    expect(ids(cardContacts(card))).toEqual(['kr/police', 'kr/help-mn', 'kr/embassy', 'kr/help', 'mn-line']);
  });

  it('says when its missions are another country’s', () => {
    const elsewhere = fixtureContact({ id: 'cn/embassy', country: 'CN', mission: undefined });
    const card = helpCard(
      destination({ missions: [], coveredBy: ['cn/embassy'] }),
      [],
      new Map([['cn/embassy', elsewhere]]),
    );
    expect(card.ownMissions).toBe(false);
    expect(ids(card.missions)).toEqual(['cn/embassy']);
  });
});
