import { describe, expect, it } from 'vitest';
import { fixturePhone, fixtureSource } from './contact-fixtures.ts';
import {
  formerSlugProblems,
  contactProblems,
  contactsById,
  sourceProblems,
  type DestinationFile,
  type SourceList,
} from './contact-checks.ts';
import type { Contact } from './contacts.ts';
import type { Destination } from './destinations.ts';

const contact = (id: string, mission = false): Contact => ({
  id,
  country: 'TH',
  name: { mn: id, en: id },
  phones: [],
  sources: [{ url: 'https://example.org', date: 'undated', states: [] }],
  status: 'confirmed',
  basis: 'official',
  calls: [],
  ...(mission && { mission: { kind: 'embassy', city: { mn: 'Бангкок', en: 'Bangkok' } } }),
});

const destination = (slug: string, more: Partial<Destination> = {}): Destination => ({
  code: slug.toUpperCase() as Destination['code'],
  slug,
  formerSlugs: [],
  phraseLanguages: [],
  name: { mn: slug, en: slug },
  emergency: [contact(`${slug}/police`)],
  help: [],
  missions: [],
  coveredBy: [],
  ...more,
});

const file = (id: string, value: Destination): DestinationFile => ({
  file: `content/countries/${id}.yaml`,
  id,
  destination: value,
});

describe('contactProblems', () => {
  const thailand = file('th', destination('th', { missions: [contact('th/embassy-bangkok', true)] }));

  it('accepts destinations that fit together', () => {
    const malaysia = file('my', destination('my', { coveredBy: ['th/embassy-bangkok'] }));
    expect(contactProblems([], [thailand, malaysia])).toEqual([]);
  });

  it('names a file whose country differs from its name', () => {
    expect(contactProblems([], [file('kr', destination('jp', { missions: [contact('jp/e', true)] }))])).toEqual([
      'content/countries/kr.yaml: country: "JP" does not match the file name; name the file jp.yaml: its name is the page\'s address, /abroad/jp, which links and printed codes lead to — or, to move the page, add "formerSlugs: [jp]" to this file so the old addresses redirect',
    ]);
  });

  it('accepts a renamed file that lists the slug it moved from', () => {
    const moved = file('th-new', destination('th', { formerSlugs: ['th'], missions: [contact('th/e', true)] }));
    expect(contactProblems([], [moved])).toEqual([]);
  });

  it('names a file whose name cannot be an address', () => {
    const moved = file('Th_New', destination('th', { formerSlugs: ['th'], missions: [contact('th/e', true)] }));
    expect(contactProblems([], [moved])).toEqual([
      "content/countries/Th_New.yaml: the file name is the page's address, /abroad/Th_New; use lowercase ASCII letters, digits and hyphens",
    ]);
  });

  it('rejects a country described twice', () => {
    const again = { ...thailand, file: 'content/countries/th-2.yaml', id: 'th-2' };
    expect(contactProblems([], [thailand, again])).toContain(
      'content/countries/th-2.yaml: country: TH is already described in content/countries/th.yaml',
    );
  });

  it('rejects coveredBy references to nothing, or to something that is not a mission', () => {
    const malaysia = file('my', destination('my', { coveredBy: ['th/embassy-bangkk', 'th/police'] }));
    expect(contactProblems([], [thailand, malaysia])).toEqual([
      'content/countries/my.yaml: coveredBy[0]: no contact "th/embassy-bangkk" exists',
      'content/countries/my.yaml: coveredBy[1]: "th/police" is not a mission',
    ]);
  });

  it('asks for a mission, or the missions that cover the country', () => {
    expect(contactProblems([], [file('my', destination('my'))])).toEqual([
      'content/countries/my.yaml: missions: list the Mongolian missions there, or under coveredBy the ones elsewhere that cover it',
    ]);
  });
});

describe('formerSlugProblems', () => {
  const moved = (id: string, formerSlugs: string[]) => file(id, destination('th', { formerSlugs }));

  it('accepts former slugs no destination has and only one claims', () => {
    expect(formerSlugProblems([moved('th-new', ['th', 'thai']), moved('kr', [])])).toEqual([]);
  });

  it('rejects a former slug that a destination still has, its own included', () => {
    expect(formerSlugProblems([moved('th-new', ['kr', 'th-new']), moved('kr', [])])).toEqual([
      'content/countries/th-new.yaml: formerSlugs[0]: "kr" is the slug of content/countries/kr.yaml; a page that answers cannot also redirect',
      'content/countries/th-new.yaml: formerSlugs[1]: "th-new" is the slug of content/countries/th-new.yaml; a page that answers cannot also redirect',
    ]);
  });

  it('rejects a former slug two destinations claim', () => {
    expect(formerSlugProblems([moved('th-new', ['th']), moved('siam', ['th'])])).toEqual([
      'content/countries/siam.yaml: formerSlugs[0]: "th" is already a former slug of content/countries/th-new.yaml; an old address leads to one destination',
    ]);
  });
});

describe('contactsById', () => {
  it('indexes hotlines and every destination contact', () => {
    const byId = contactsById(
      [contact('police')],
      [file('th', destination('th', { missions: [contact('th/embassy', true)] }))],
    );
    expect([...byId.keys()]).toEqual(['police', 'th/police', 'th/embassy']);
  });
});

describe('sourceProblems', () => {
  const lists: SourceList[] = [
    { id: 'embassy-list', title: { mn: 'Жагсаалт', en: 'Embassy list' }, mixesFax: true },
    { id: 'other-list', title: { mn: 'Өөр', en: 'Other list' }, mixesFax: false },
  ];
  const fromList = (number: string, list = 'embassy-list') =>
    fixturePhone({ number }, 'TH', {
      status: 'single-source',
      basis: 'secondary',
      sources: [fixtureSource([number], { official: false, list })],
    });
  const embassy = (...phones: ReturnType<typeof fixturePhone>[]) => ({
    ...contact('th/embassy-bangkok', true),
    phones,
  });
  const check = (...contacts: ReturnType<typeof contact>[]) =>
    sourceProblems([], [], [file('th', destination('th', { missions: contacts }))], lists);

  it('accepts a mission whose second number another source calls a fax and marks as one', () => {
    const fax = fixturePhone({ number: '+66 2-392-4199', line: 'fax' }, 'TH');
    expect(check(embassy(fromList('+66 2-381-1400'), fax))).toEqual([]);
  });

  it('refuses a second number that only a list known to mix phone and fax gives, unless marked', () => {
    expect(check(embassy(fromList('+66 2-381-1400'), fromList('+66 2-392-4199')))).toEqual([
      'content/countries/th.yaml: missions[0].phones[1]: "+66 2-392-4199" comes only from "Embassy list", which gives faxes as second numbers: mark it "line: fax", or add a source or a test call that shows it is a voice line',
    ]);
  });

  it('accepts that second number once a call answered it, or when another list gives it', () => {
    const called = fixturePhone({ number: '+66 2-392-4199' }, 'TH', {
      sources: [fixtureSource(['+66 2-392-4199'], { official: false, list: 'embassy-list' })],
      calls: [{ date: '2026-11-30', number: '+66 2-392-4199', outcome: 'answered' }],
    });
    expect(check(embassy(fromList('+66 2-381-1400'), called))).toEqual([]);
    expect(check(embassy(fromList('+66 2-381-1400'), fromList('+66 2-392-4199', 'other-list')))).toEqual([]);
  });

  it('names a list that does not exist', () => {
    const unknown = { ...embassy(), sources: [fixtureSource([], { list: 'nowhere' })] };
    expect(check(unknown)[0]).toMatch(/missions\[0\]\.source\[0\]\.list: no list "nowhere"/);
  });

  it('refuses a number in notes that the site does not publish, and accepts a published one', () => {
    const noted = (en: string) => ({
      ...embassy(fromList('+66 2-381-1400')),
      notes: { mn: 'Тэмдэглэл', en },
    });
    expect(check(noted('Call +66 2 381 1400 on weekdays.'))).toEqual([]);
    expect(check(noted('A transcript gives 1577-1336.'))).toEqual([
      'content/countries/th.yaml: missions[0].notes.en: "1577-1336" is not a number this site publishes; a number in text gets dialled, so write only published numbers (or none)',
    ]);
  });
});
