/**
 * For component tests: a small world of contacts in the shape the contact
 * data takes after the content checks. Under Vitest the content collections
 * are empty (the content layer's store there is the one `astro dev` writes),
 * so a test of a component that reads src/data mocks that module with this
 * world. The numbers are the ones the unit tests of src/lib use; what matters
 * here is their shape (a short code, a full number, a fax), not that they are
 * current.
 */
import type { ContactData } from '../data/contacts.ts';
import { contactsById } from '../lib/contacts/contact-checks.ts';
import { fixtureContact, fixturePhone } from '../lib/contacts/contact-fixtures.ts';
import type { Contact } from '../lib/contacts/contacts.ts';
import type { Destination } from '../lib/contacts/destinations.ts';

const named = (en: string, mn: string) => ({ en, mn });

export const police = fixtureContact({
  id: 'police',
  name: named('Police', 'Цагдаа'),
  phones: [fixturePhone({ number: '102' }, 'MN')],
});
export const ambulance = fixtureContact({
  id: 'ambulance',
  name: named('Ambulance', 'Түргэн тусламж'),
  phones: [fixturePhone({ number: '103' }, 'MN')],
});
export const reportLine = fixtureContact({
  id: 'gia-info-line',
  name: named('Report line', 'Мэдээллийн утас'),
  phones: [fixturePhone({ number: '1800-1280' }, 'MN')],
});
/** A Mongolian line with a full number: the one a reader abroad can call. */
export const consularLine = fixtureContact({
  id: 'mfa-consular',
  name: named('Consular line', 'Консулын утас'),
  phones: [fixturePhone({ number: '83042222' }, 'MN')],
});
/** Kept off the site by an editor. */
export const withheldLine = fixtureContact({
  id: 'child-helpline',
  name: named('Withheld line', 'Нуусан утас'),
  phones: [fixturePhone({ number: '108' }, 'MN')],
  withheld: named('Not answering', 'Хариулахгүй байна'),
});
/** A fax and nothing else: nothing to call. */
export const faxOnly = fixtureContact({
  id: 'fax-only',
  country: 'TH',
  name: named('Fax office', 'Факсын алба'),
  phones: [fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH')],
});

export const krPolice = fixtureContact({
  id: 'kr/police',
  country: 'KR',
  name: named('Korean police', 'Солонгосын цагдаа'),
  phones: [fixturePhone({ number: '112' }, 'KR')],
});
export const krDanuri = fixtureContact({
  id: 'kr/danuri',
  country: 'KR',
  name: named('Danuri', 'Данури'),
  speaksMongolian: true,
  phones: [fixturePhone({ number: '1577-1366' }, 'KR')],
});
export const krWithheldHelp = fixtureContact({
  id: 'kr/withheld-help',
  country: 'KR',
  name: named('Withheld help line', 'Нуусан тусламжийн утас'),
  phones: [fixturePhone({ number: '1345' }, 'KR')],
  withheld: named('Moved', 'Нүүсэн'),
});
export const krEmbassy = fixtureContact({
  id: 'kr/embassy-seoul',
  country: 'KR',
  name: named('Embassy of Mongolia in Seoul', 'Сөүл дэх Монгол Улсын Элчин сайдын яам'),
  mission: { kind: 'embassy', city: named('Seoul', 'Сөүл') },
  phones: [fixturePhone({ number: '02-798-3464' }, 'KR')],
});
export const thEmbassy = fixtureContact({
  id: 'th/embassy-bangkok',
  country: 'TH',
  name: named('Embassy of Mongolia in Bangkok', 'Бангкок дахь Монгол Улсын Элчин сайдын яам'),
  mission: { kind: 'embassy', city: named('Bangkok', 'Бангкок') },
  phones: [
    fixturePhone({ number: '+66 2-381-1400' }, 'TH'),
    fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH'),
  ],
});
export const myEmergency = fixtureContact({
  id: 'my/emergency',
  country: 'MY',
  name: named('Emergency', 'Яаралтай тусламж'),
  phones: [fixturePhone({ number: '999' }, 'MY')],
});

/** A mission whose only number is a fax: nothing to call. */
export const moConsulate = fixtureContact({
  id: 'mo/consulate',
  country: 'MO',
  name: named('Consulate of Mongolia in Macau', 'Макао дахь Монгол Улсын Консулын газар'),
  mission: { kind: 'consulate', city: named('Macau', 'Макао') },
  phones: [fixturePhone({ number: '2888 9911', line: 'fax' }, 'MO')],
});
export const moEmergency = fixtureContact({
  id: 'mo/emergency',
  country: 'MO',
  name: named('Emergency', 'Яаралтай тусламж'),
  phones: [fixturePhone({ number: '999' }, 'MO')],
});

const destination = (fields: Partial<Destination> & Pick<Destination, 'code' | 'slug' | 'name'>): Destination => ({
  formerSlugs: [],
  phraseLanguages: [],
  emergency: [],
  help: [],
  missions: [],
  coveredBy: [],
  ...fields,
});

export const korea = destination({
  code: 'KR',
  slug: 'kr',
  name: named('South Korea', 'Өмнөд Солонгос'),
  emergency: [krPolice],
  help: [krDanuri, krWithheldHelp],
  missions: [krEmbassy],
  notes: named('Keep your passport yourself.', 'Паспортоо өөртөө хадгал.'),
  phraseLanguages: ['ko'],
});
export const thailand = destination({
  code: 'TH',
  slug: 'th',
  name: named('Thailand', 'Тайланд'),
  missions: [thEmbassy],
});
/** No Mongolian mission of its own: the embassy in Bangkok covers it. */
export const malaysia = destination({
  code: 'MY',
  slug: 'my',
  name: named('Malaysia', 'Малайз'),
  emergency: [myEmergency],
  coveredBy: [thEmbassy.id],
  otherMissions: named('The embassy in Bangkok covers Malaysia.', 'Бангкок дахь элчин сайдын яам хариуцна.'),
});

/** A mission with nothing to call. */
export const macau = destination({
  code: 'MO',
  slug: 'mo',
  name: named('Macau', 'Макао'),
  emergency: [moEmergency],
  missions: [moConsulate],
});

const hotlines: Contact[] = [reportLine, ambulance, consularLine, withheldLine, faxOnly, police];
const destinations = [korea, thailand, malaysia, macau];

/** The contact data of the fixture world, as `contactData()` gives it. */
export const fixtureContactData: ContactData = {
  hotlines,
  destinations,
  byId: contactsById(
    hotlines,
    destinations.map((each) => ({ file: `content/countries/${each.slug}.yaml`, id: each.slug, destination: each })),
  ),
  // As content/lead-lines.yaml chooses them, from the lines this world has.
  lead: {
    strip: [police, reportLine],
    keyLines: [police, ambulance, reportLine, withheldLine],
    emergency: [police, ambulance],
    check: [police, withheldLine],
    nationalEmergency: [police, ambulance],
  },
  emergency: new Set([police.id, ambulance.id, ...destinations.flatMap((each) => each.emergency.map((c) => c.id))]),
};
