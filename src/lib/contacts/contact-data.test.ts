import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/content-error.ts';
import { assembleContacts, type ContactFiles } from './contact-data.ts';
import { fixtureContact, fixtureSource } from './contact-fixtures.ts';
import type { Destination } from './destinations.ts';

const police = fixtureContact({ id: 'police', sources: [fixtureSource([], { url: 'https://police.gov.mn/' })] });
const { id: _id, ...policeData } = police;
const mission = fixtureContact({
  id: 'th/embassy-bangkok',
  country: 'TH',
  mission: { kind: 'embassy', city: { mn: 'Бангкок', en: 'Bangkok' } },
  website: 'https://bangkok.embassy.mn/',
});
const destination = (code: Destination['code']): Destination => ({
  code,
  slug: code.toLowerCase(),
  formerSlugs: [],
  phraseLanguages: [],
  name: { mn: code, en: code },
  emergency: [fixtureContact({ id: `${code.toLowerCase()}/police`, country: code })],
  help: [],
  missions: [mission],
  coveredBy: [],
});
const leadLines = {
  strip: ['police'],
  keyLines: ['police'],
  emergency: ['police'],
  check: ['police'],
  nationalEmergency: ['police'],
};

const files = (fields: Partial<ContactFiles> = {}): ContactFiles => ({
  hotlines: [{ file: 'content/hotlines/police.yaml', id: 'police', data: policeData }],
  destinations: [{ file: 'content/countries/th.yaml', id: 'th', destination: destination('TH') }],
  lists: [],
  leadLines,
  linkDomains: ['example.org', 'gov.mn', 'embassy.mn'],
  ...fields,
});

function problemsOf(input: ContactFiles): readonly string[] {
  try {
    assembleContacts(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the contacts to be refused');
}

describe('assembleContacts', () => {
  it('gives every contact by id, and the lead lines as content/lead-lines.yaml orders them', () => {
    const data = assembleContacts(files());
    expect(data.hotlines.map((contact) => contact.id)).toEqual(['police']);
    expect([...data.byId.keys()]).toEqual(['police', 'th/police', 'th/embassy-bangkok']);
    expect(data.lead.strip.map((contact) => contact.id)).toEqual(['police']);
  });

  it('names the file to edit for a destination whose country has no short-number shape', () => {
    const gb = { file: 'content/countries/gb.yaml', id: 'gb', destination: destination('GB') };
    expect(problemsOf(files({ destinations: [gb] }))).toEqual([
      'content/countries/gb.yaml: country: GB has no short-number shape; add one for GB to src/lib/contacts/short-codes.ts',
    ]);
  });

  it('names the source or web site on a site missing from content/link-domains.yaml', () => {
    expect(problemsOf(files({ linkDomains: ['example.org'] }))).toEqual([
      'content/hotlines/police.yaml: source[0].url: police.gov.mn is not a site this site may link to; add its domain to content/link-domains.yaml',
      'content/countries/th.yaml: missions[0].website: bangkok.embassy.mn is not a site this site may link to; add its domain to content/link-domains.yaml',
    ]);
  });

  it('names the lead line that no hotline file has', () => {
    expect(problemsOf(files({ leadLines: { ...leadLines, check: ['police', 'child-helpline'] } }))).toEqual([
      'content/lead-lines.yaml: check[1]: "child-helpline" is not a Mongolia-wide line: there is no content/hotlines/child-helpline.yaml; if the file was renamed, write its new name here',
    ]);
  });
});
