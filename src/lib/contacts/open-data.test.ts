import { describe, expect, it } from 'vitest';
import type { Contact } from './contacts.ts';
import type { Destination } from './destinations.ts';
import { openData } from './open-data.ts';
import { fixturePhone } from './contact-fixtures.ts';

const contact = (id: string, status: Contact['status'], country: Contact['country'] = 'MN'): Contact => ({
  id,
  country,
  name: { mn: id, en: id },
  shortName: { mn: 'x', en: 'x' },
  phones: [fixturePhone({ number: '112' }, country)],
  sources: [{ url: 'https://example.org', date: '2022', states: [] }],
  status,
  basis: status === 'confirmed' ? 'official' : 'secondary',
  calls: [],
});

describe('openData', () => {
  const korea: Destination = {
    code: 'KR',
    slug: 'kr',
    formerSlugs: [],
    phraseLanguages: [],
    name: { mn: 'Өмнөд Солонгос', en: 'Republic of Korea' },
    emergency: [contact('kr/police', 'single-source', 'KR')],
    help: [contact('kr/old-line', 'unconfirmed', 'KR')],
    missions: [
      {
        ...contact('kr/embassy-seoul', 'confirmed', 'KR'),
        mission: { kind: 'embassy', city: { mn: 'Сөүл', en: 'Seoul' } },
      },
    ],
    coveredBy: [],
  };
  const data = openData(
    [contact('police', 'confirmed'), contact('anti-trafficking-1903', 'unconfirmed')],
    [korea],
    'https://example.org',
  );

  it('lists every published contact with its section and page, and no unconfirmed one', () => {
    expect(data.version).toBe(2);
    expect(data.site).toBe('https://example.org');
    expect(data.contacts.map((c) => [c.id, c.section, c.page])).toEqual([
      ['police', 'hotline', '/hotlines'],
      ['kr/police', 'emergency', '/abroad/kr'],
      ['kr/embassy-seoul', 'mission', '/abroad/kr'],
    ]);
  });

  it('keeps status, sources, dates and numbers, and drops display-only fields', () => {
    const police = data.contacts[0]!;
    expect(police).toMatchObject({
      status: 'confirmed',
      basis: 'official',
      calls: [],
      sources: [{ url: 'https://example.org', date: '2022', states: [] }],
    });
    expect(police.phones[0]).toMatchObject({ written: '112', href: 'tel:112', reach: 'in-country' });
    expect(police).not.toHaveProperty('shortName');
    expect(data.contacts[2]?.mission?.kind).toBe('embassy');
  });
});
