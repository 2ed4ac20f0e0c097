import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { CountrySchema } from './country.ts';

const contact = (id: string, number: string) => ({
  id,
  name: { mn: id, en: id },
  phones: [{ number }],
  source: { url: 'https://example.org/list', date: '2019-09-16', official: true, states: [number] },
});
const valid = {
  country: 'KR',
  name: { mn: 'Өмнөд Солонгос', en: 'Republic of Korea' },
  emergency: [contact('police', '112')],
  help: [{ ...contact('immigration', '1345'), phones: [{ number: '1345', fromAbroad: '+82-1345' }] }],
  missions: [
    {
      ...contact('embassy-seoul', '02-798-3464'),
      kind: 'embassy',
      city: { mn: 'Сөүл', en: 'Seoul' },
      address: { local: '서울 용산구 독서당로 95' },
    },
  ],
  phraseLanguages: ['ko'],
};

function errors(data: unknown): string {
  const result = CountrySchema().safeParse(data);
  return result.success ? '' : formatSchemaIssues('content/countries/kr.yaml', result.error.issues);
}

describe('CountrySchema', () => {
  it('resolves every number for the country and prefixes ids with it', () => {
    const korea = CountrySchema().parse(valid);
    expect(korea.code).toBe('KR');
    expect(korea.slug).toBe('kr');
    expect(korea.emergency[0]).toMatchObject({ id: 'kr/police', country: 'KR' });
    expect(korea.emergency[0]?.phones[0]).toMatchObject({ kind: 'short-code', href: 'tel:112', reach: 'in-country' });
    expect(korea.help[0]?.phones[0]?.abroad).toEqual({ international: '+82 1345', href: 'tel:+821345' });
    expect(korea.missions[0]).toMatchObject({
      id: 'kr/embassy-seoul',
      mission: { kind: 'embassy', city: { en: 'Seoul' } },
      phones: [{ e164: '+8227983464', href: 'tel:+8227983464', reach: 'anywhere' }],
    });
    expect(korea.coveredBy).toEqual([]);
  });

  it('keeps the other names of each language, and leaves the field out when none are listed', () => {
    expect(CountrySchema().parse({ ...valid, otherNames: { mn: ['БНСУ'], en: ['South Korea'] } }).otherNames).toEqual({
      mn: ['БНСУ'],
      en: ['South Korea'],
    });
    expect(CountrySchema().parse({ ...valid, otherNames: { en: ['South Korea'] } }).otherNames).toEqual({
      en: ['South Korea'],
    });
    expect(CountrySchema().parse(valid)).not.toHaveProperty('otherNames');
  });

  it.each([
    [{ otherNames: { en: ['republic of korea'] } }, 'otherNames.en[0]: "republic of korea" is already the title'],
    [{ otherNames: { en: ['Korea', 'korea'] } }, 'otherNames.en[1]: "korea" is already the title or listed before'],
    [{ otherNames: { en: [] } }, 'otherNames.en: list at least one name, or leave the language out'],
    [{ otherNames: { en: ['A', 'B', 'C', 'D'] } }, 'otherNames.en: at most 3 names'],
    [{ otherNames: { en: ['x'.repeat(41)] } }, 'otherNames.en[0]: longer than 40 characters'],
    [{ otherNames: { en: 'South Korea' } }, 'otherNames.en: expected a list of English names'],
    [{ otherNames: { de: ['Südkorea'] } }, 'otherNames'],
  ])('rejects other names %j', (change, message) => {
    expect(errors({ ...valid, ...change })).toContain(message);
  });

  it.each([
    [{ ...valid, country: 'kr' }, 'country: "kr" is not an ISO 3166-1 alpha-2 code in capitals'],
    [{ ...valid, country: 'XX' }, 'country: "XX" is not an ISO 3166-1 alpha-2 code'],
    [{ ...valid, country: undefined }, 'country: is missing'],
    [{ ...valid, emergency: [] }, 'emergency: list at least one emergency number'],
    [
      { ...valid, emergency: [contact('police', '9999')] },
      'emergency[0].phones[0].number: "9999" is neither a valid KR phone number nor a KR short code',
    ],
    [
      { ...valid, help: [contact('line', '+81 3 5796 7112')] },
      'help[0].phones[0].number: "+81 3 5796 7112" is a JP number, not a KR one',
    ],
    [
      { ...valid, emergency: [contact('police', '112'), contact('police', '119')] },
      'emergency[1].id: "police" is used twice in this file',
    ],
    [
      { ...valid, emergency: [contact('Police', '112')] },
      'emergency[0].id: expected lowercase ASCII words joined by hyphens',
    ],
    [
      { ...valid, missions: [{ ...valid.missions[0], kind: 'ambassador' }] },
      'missions[0].kind: expected one of: embassy, consulate-general',
    ],
    [{ ...valid, missions: [{ ...valid.missions[0], city: undefined }] }, 'missions[0].city: is missing'],
    [
      { ...valid, missions: [{ ...valid.missions[0], website: 'http://seoul.example' }] },
      'missions[0].website: expected an https URL',
    ],
    [{ ...valid, coveredBy: ['Thailand'] }, 'coveredBy[0]: expected "<iso2>/<id>"'],
    [{ ...valid, capital: 'Seoul' }, 'unknown key "capital"'],
    [{ ...valid, emergency: [{ ...contact('police', '112'), source: { date: '2020' } }] }, 'emergency[0].source'],
  ])('rejects %o with a message naming the field', (data, message) => {
    expect(errors(data)).toContain(`content/countries/kr.yaml: ${message}`);
  });

  it('accepts a source known by title when it has no page', () => {
    const titled = { title: { mn: 'Жагсаалт', en: 'A list' }, date: 'undated', states: ['112'] };
    expect(errors({ ...valid, emergency: [{ ...contact('police', '112'), source: titled }] })).toBe('');
  });

  it('says a source needs a url, a title or a list', () => {
    expect(errors({ ...valid, emergency: [{ ...contact('police', '112'), source: { date: '2020' } }] })).toContain(
      'give the source a url, a title when it has no page of its own, or the list it copies',
    );
  });

  it('takes former slugs in lowercase ASCII, and none by default', () => {
    expect(CountrySchema().parse(valid).formerSlugs).toEqual([]);
    expect(CountrySchema().parse({ ...valid, formerSlugs: ['kr', 'south-korea'] }).formerSlugs).toEqual([
      'kr',
      'south-korea',
    ]);
    expect(errors({ ...valid, formerSlugs: ['KR'] })).toContain('formerSlugs[0]');
    expect(errors({ ...valid, formerSlugs: ['KR'] })).toContain('expected a lowercase ASCII slug such as "kr"');
    expect(errors({ ...valid, formerSlugs: 'kr' })).toContain('a list of former slugs');
  });

  it('needs the languages of its show-this-screen phrases', () => {
    const { phraseLanguages: _, ...without } = valid;
    expect(errors(without)).toContain('content/countries/kr.yaml: phraseLanguages: is missing');
    expect(errors({ ...valid, phraseLanguages: [] })).toContain('list at least one language of the country');
  });

  it('marks an address an official source gives, which alone may be shown to a driver', () => {
    const [mission] = valid.missions;
    const withAddress = (statesAddress: boolean, official: boolean) =>
      CountrySchema().parse({
        ...valid,
        missions: [
          {
            ...mission,
            source: { ...mission!.source, official, ...(statesAddress && { statesAddress: true }) },
          },
        ],
      }).missions[0]!.address;
    expect(withAddress(true, true)).toEqual({ local: '서울 용산구 독서당로 95', official: true });
    expect(withAddress(false, true)).toEqual({ local: '서울 용산구 독서당로 95' });
    expect(withAddress(true, false)).toEqual({ local: '서울 용산구 독서당로 95' });
  });

  it('refuses a source that states an address the contact does not have', () => {
    const [mission] = valid.missions;
    const { address: _, ...noAddress } = mission!;
    expect(
      errors({ ...valid, missions: [{ ...noAddress, source: { ...mission!.source, statesAddress: true } }] }),
    ).toContain('missions[0].source[0].statesAddress: the contact has no address');
  });
});
