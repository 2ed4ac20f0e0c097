import { describe, expect, it } from 'vitest';
import { contactProblems, contactsById, type DestinationFile } from './contact-checks.ts';
import type { Contact } from './contacts.ts';
import type { Destination } from './destinations.ts';

const contact = (id: string, mission = false): Contact => ({
  id,
  country: 'TH',
  name: { mn: id, en: id },
  phones: [],
  sources: [{ url: 'https://example.org', date: 'undated' }],
  checked: '2026-11-22',
  status: 'confirmed',
  ...(mission && { mission: { kind: 'embassy', city: { mn: 'Бангкок', en: 'Bangkok' } } }),
});

const destination = (slug: string, more: Partial<Destination> = {}): Destination => ({
  code: slug.toUpperCase() as Destination['code'],
  slug,
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
      'content/countries/kr.yaml: country: "JP" does not match the file name; name the file jp.yaml',
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

describe('contactsById', () => {
  it('indexes hotlines and every destination contact', () => {
    const byId = contactsById(
      [contact('police')],
      [file('th', destination('th', { missions: [contact('th/embassy', true)] }))],
    );
    expect([...byId.keys()]).toEqual(['police', 'th/police', 'th/embassy']);
  });
});
