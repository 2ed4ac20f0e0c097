/**
 * The open data file, `/api/contacts.json`: every published contact with its
 * numbers, status, sources and dates, for NGOs to reuse. Its shape is
 * documented in the README; change both together.
 */
import { type Contact, isPublished } from './contacts.ts';
import type { Destination } from './destinations.ts';
import { DEFAULT_LOCALE, localePath } from '../locales.ts';
import { SITE_MAP, sectionPath } from '../site-map.ts';

/** Where on a help card, or which list, a contact comes from. */
export type OpenDataSection = 'hotline' | 'emergency' | 'help' | 'mission';

export interface OpenDataContact extends Omit<Contact, 'shortName' | 'withdrawn'> {
  section: OpenDataSection;
  /** The page that shows it, in Mongolian: `/abroad/kr`, `/hotlines`. */
  page: string;
}

export interface OpenData {
  /** Bumped when the shape changes incompatibly. */
  version: 2;
  site: string;
  contacts: OpenDataContact[];
}

export function openData(hotlines: readonly Contact[], destinations: readonly Destination[], site: string): OpenData {
  const entry =
    (section: OpenDataSection, page: string) =>
    (contact: Contact): OpenDataContact => {
      // A withdrawn number is for the editors' audit: published, it would get dialled.
      const { shortName: _shortName, withdrawn: _withdrawn, ...rest } = contact;
      return { ...rest, section, page };
    };
  const contacts = [
    ...hotlines.filter(isPublished).map(entry('hotline', localePath(DEFAULT_LOCALE, sectionPath(SITE_MAP.hotlines)))),
    ...destinations.flatMap((destination) => {
      const page = localePath(DEFAULT_LOCALE, sectionPath(SITE_MAP.abroad, destination.slug));
      return [
        ...destination.emergency.filter(isPublished).map(entry('emergency', page)),
        ...destination.help.filter(isPublished).map(entry('help', page)),
        ...destination.missions.filter(isPublished).map(entry('mission', page)),
      ];
    }),
  ];
  return { version: 2, site, contacts };
}
