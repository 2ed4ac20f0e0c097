import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContactFiles } from '../../loaders/content-files.ts';
import type { Contact } from './contacts.ts';
import { dialsFrom, published } from './destinations.ts';
import { stripFor } from './emergency-strip.ts';
import { pagePlace } from './page-place.ts';

// The strip is checked against the real content: a number added to a file must not break these rules.
const data = await readContactFiles(join(import.meta.dirname, '..', '..', '..'));
const { destinations, byId } = data;

/** A Mongolian number that works only inside Mongolia: a short code such as 102 or 1800-1280. */
const mongolianInCountry = (contact: Contact) =>
  contact.country === 'MN' && contact.phones.some((phone) => phone.reach === 'in-country');

describe('stripFor', () => {
  it('leads every destination’s pages with its emergency number', () => {
    expect(destinations.length).toBeGreaterThan(0);
    for (const destination of destinations) {
      const strip = stripFor(pagePlace(`abroad/${destination.slug}`), data);
      expect(strip.kind, destination.slug).toBe('numbers');
      if (strip.kind !== 'numbers') continue;
      expect(strip.contacts[0], destination.slug).toBe(published(destination.emergency)[0]);
    }
  });

  it('offers on a destination’s pages only numbers dialled from there, never a Mongolian short code', () => {
    for (const destination of destinations) {
      const strip = stripFor(pagePlace(`abroad/${destination.slug}`), data);
      if (strip.kind !== 'numbers') continue;
      for (const contact of strip.contacts) {
        expect(dialsFrom(contact, destination.code), `${destination.slug}: ${contact.id}`).toBe(true);
        expect(mongolianInCountry(contact), `${destination.slug}: ${contact.id}`).toBe(false);
      }
    }
  });

  it('offers in South Korea the emergency number, then the line that speaks Mongolian, then the embassy', () => {
    const strip = stripFor(pagePlace('abroad/kr'), data);
    expect(strip.kind === 'numbers' && strip.contacts.map((contact) => contact.id)).toEqual([
      'kr/police',
      'kr/danuri',
      'kr/embassy-seoul',
    ]);
  });

  it('offers no single number on pages about being abroad in general, and no Mongolian line there', () => {
    for (const slug of ['abroad', 'rights/help-abroad']) {
      expect(stripFor(pagePlace(slug), data), slug).toEqual({ kind: 'by-country' });
    }
  });

  it('offers Mongolia’s police and report line everywhere else', () => {
    const strip = stripFor(pagePlace('signs/fake-job-offers'), data);
    expect(strip.kind === 'numbers' && strip.contacts.map((contact) => contact.id)).toEqual(
      data.lead.strip.map((contact) => contact.id),
    );
  });
});

describe('dialsFrom', () => {
  it('dials a country’s own numbers and foreign full numbers, never a foreign short code', () => {
    const police = byId.get('police')!;
    const mfa = byId.get('mfa-consular')!;
    expect(dialsFrom(police, 'MN')).toBe(true);
    expect(dialsFrom(police, 'KR')).toBe(false);
    expect(dialsFrom(mfa, 'KR')).toBe(true);
    expect(dialsFrom(byId.get('kr/police')!, 'JP')).toBe(false);
  });
});
