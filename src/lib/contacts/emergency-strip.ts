/**
 * Which numbers the emergency strip at the top of a page offers: the ones
 * that can be dialled from the place the page is about, most urgent first.
 */
import { type Contact, isPublished } from './contacts.ts';
import { type Destination, stripContacts } from './destinations.ts';
import type { LeadLines } from './lead-lines.ts';
import type { PagePlace } from './page-place.ts';

export type StripChoice =
  /** Call links, the first one the place's emergency number. */
  | { kind: 'numbers'; contacts: Contact[] }
  /**
   * Abroad in no one country: no single number works everywhere, and
   * Mongolia's short codes work nowhere there, so the strip leads to every
   * destination's emergency number instead.
   */
  | { kind: 'by-country' };

export interface StripData {
  destinations: readonly Destination[];
  byId: ReadonlyMap<string, Contact>;
  /** The Mongolia-wide lines, most urgent first (content/lead-lines.yaml). */
  lead: Pick<LeadLines, 'strip'>;
}

/** The strip for a page about `place`. Throws for a destination the data does not have. */
export function stripFor(place: PagePlace, { destinations, byId, lead }: StripData): StripChoice {
  if (place.kind === 'abroad') return { kind: 'by-country' };
  if (place.kind === 'destination') {
    const destination = destinations.find((each) => each.slug === place.slug);
    if (!destination) throw new Error(`No destination "${place.slug}" for the emergency strip`);
    return { kind: 'numbers', contacts: stripContacts(destination, byId) };
  }
  const contacts = lead.strip.filter((contact) => isPublished(contact) && contact.phones.length > 0);
  return { kind: 'numbers', contacts };
}
