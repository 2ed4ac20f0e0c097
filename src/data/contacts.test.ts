/**
 * The contacts as every page reads them: the Mongolia-wide lines named by
 * their files, the destinations in file order, every contact by id, and a
 * build stopped, naming the file and field, when they do not fit together.
 * The collections are given here instead of read from content/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureContact, fixturePhone, fixtureSource } from '../lib/contacts/contact-fixtures.ts';
import type { Contact } from '../lib/contacts/contacts.ts';
import type { Destination } from '../lib/contacts/destinations.ts';

interface Entry {
  id: string;
  filePath?: string;
  data: unknown;
}
const given = vi.hoisted(() => ({ hotlines: [] as Entry[], countries: [] as Entry[], sourceLists: [] as Entry[] }));
vi.mock('astro:content', () => ({
  getCollection: async (name: 'hotlines' | 'countries' | 'sourceLists') => given[name],
  getEntry: async (name: 'leadLines' | 'linkDomains') =>
    name === 'leadLines'
      ? {
          data: {
            strip: ['police'],
            keyLines: ['police'],
            emergency: ['police'],
            check: ['police'],
            nationalEmergency: ['police'],
          },
        }
      : { data: { domains: ['example.org'] } },
}));

/** The module afresh: it reads the contacts once. */
const contactData = async () => {
  vi.resetModules();
  return (await import('./contacts.ts')).contactData();
};

const hotline = (id: string, fields: Partial<Contact> = {}): Entry => {
  const { id: _id, ...data } = fixtureContact({ id, phones: [fixturePhone({ number: '102' }, 'MN')], ...fields });
  return { id, filePath: `content/hotlines/${id}.yaml`, data };
};
const embassy = fixtureContact({
  id: 'kr/embassy',
  country: 'KR',
  mission: { kind: 'embassy', city: { mn: 'Сөүл', en: 'Seoul' } },
  phones: [fixturePhone({ number: '02-798-3464' }, 'KR')],
});
const korea = (fields: Partial<Destination> = {}): Destination => ({
  code: 'KR',
  slug: 'kr',
  formerSlugs: [],
  phraseLanguages: [],
  name: { mn: 'Өмнөд Солонгос', en: 'South Korea' },
  emergency: [fixtureContact({ id: 'kr/police', country: 'KR', phones: [fixturePhone({ number: '112' }, 'KR')] })],
  help: [],
  missions: [embassy],
  coveredBy: [],
  ...fields,
});
const country = (file: string, destination: Destination): Entry => ({
  id: file,
  filePath: `content/countries/${file}.yaml`,
  data: destination,
});

beforeEach(() => {
  given.hotlines = [hotline('police'), hotline('gia-info-line')];
  given.countries = [country('kr', korea())];
  given.sourceLists = [
    { id: 'embassy-list', data: { id: 'embassy-list', title: { mn: 'Жагсаалт', en: 'List' }, mixesFax: true } },
  ];
});

describe('contactData', () => {
  it('names each Mongolia-wide line by its file, and finds every contact by id', async () => {
    const { hotlines, destinations, byId } = await contactData();
    expect(hotlines.map((contact) => contact.id)).toEqual(['police', 'gia-info-line']);
    expect(destinations.map((destination) => destination.slug)).toEqual(['kr']);
    expect([...byId.keys()]).toEqual(['police', 'gia-info-line', 'kr/police', 'kr/embassy']);
  });

  it('gives a source that names a list the list’s title', async () => {
    const listed = fixtureSource(['102'], { list: 'embassy-list' });
    given.hotlines = [hotline('police', { sources: [listed] })];
    const { hotlines } = await contactData();
    expect(hotlines[0]!.sources[0]!.title).toEqual({ mn: 'Жагсаалт', en: 'List' });
  });

  it('stops the build when a destination’s file is not named by its country', async () => {
    given.countries = [country('korea', korea())];
    await expect(contactData()).rejects.toThrow(
      'content/countries/korea.yaml: country: "KR" does not match the file name; name the file kr.yaml',
    );
  });

  it('stops the build when a source names a list that does not exist', async () => {
    given.hotlines = [hotline('police', { sources: [fixtureSource(['102'], { list: 'no-such-list' })] })];
    await expect(contactData()).rejects.toThrow(
      'content/hotlines/police.yaml: source[0].list: no list "no-such-list" in content/source-lists.yaml',
    );
  });
});
