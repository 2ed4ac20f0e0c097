/**
 * A destination country as the help card shows it, and the choices the card
 * and the emergency strip make from its contacts.
 */
import { callablePhones, isPublished, type Contact, type Localized } from './contacts.ts';
import type { CountryCode } from './phone.ts';

export interface Destination {
  code: CountryCode;
  /** Lowercase ISO code: the URL segment, `/abroad/kr`. */
  slug: string;
  name: Localized;
  /** Emergency numbers, the main one first. */
  emergency: Contact[];
  /** Local lines that help foreigners or trafficking victims. */
  help: Contact[];
  /** Mongolian missions in the country, the main one first. */
  missions: Contact[];
  /** Ids of missions elsewhere that cover a country without its own (`th/embassy-bangkok`). */
  coveredBy: string[];
  otherMissions?: Localized;
  notes?: Localized;
}

/** The published contacts of a list, in the order the content gives. */
export function published(contacts: readonly Contact[]): Contact[] {
  return contacts.filter(isPublished);
}

/**
 * The Mongolian missions a reader in the destination should contact: its own
 * published missions, else the published missions elsewhere that cover it.
 */
export function missionsFor(destination: Destination, contactsById: ReadonlyMap<string, Contact>): Contact[] {
  const own = published(destination.missions);
  if (own.length > 0) return own;
  return published(destination.coveredBy.map((id) => contactsById.get(id)).filter((contact) => contact !== undefined));
}

/** What the emergency strip shows on a destination's pages: its main emergency number and its main mission. */
export function stripContacts(destination: Destination, contactsById: ReadonlyMap<string, Contact>): Contact[] {
  const emergency = published(destination.emergency)[0];
  const mission = missionsFor(destination, contactsById).find((contact) => callablePhones(contact).length > 0);
  return [emergency, mission].filter((contact) => contact !== undefined);
}

/** Published contacts with a number that can be dialled from abroad: the Mongolian lines a card lists last. */
export function reachableFromAbroad(contacts: readonly Contact[]): Contact[] {
  return published(contacts).filter((contact) => callablePhones(contact).some((phone) => phone.reach === 'anywhere'));
}

/** What a destination's help card lists, in its order; the destination vCard holds the same. */
export interface HelpCard {
  emergency: Contact[];
  help: Contact[];
  missions: Contact[];
  /** Whether `missions` are the country's own, or missions elsewhere that cover it. */
  ownMissions: boolean;
  /** Mongolian lines reachable from abroad. */
  fromAbroad: Contact[];
}

export function helpCard(
  destination: Destination,
  hotlines: readonly Contact[],
  contactsById: ReadonlyMap<string, Contact>,
): HelpCard {
  return {
    emergency: published(destination.emergency),
    help: published(destination.help),
    missions: missionsFor(destination, contactsById),
    ownMissions: published(destination.missions).length > 0,
    fromAbroad: reachableFromAbroad(hotlines),
  };
}
