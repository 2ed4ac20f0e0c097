/**
 * A destination country as the help card shows it, and the choices the card
 * and the emergency strip make from its contacts.
 */
import { callablePhones, isPublished, type Contact, type Localized } from './contacts.ts';
import type { CountryCode } from './phone.ts';
import { SITE_MAP, sectionPath } from '../site-map.ts';
import type { Locale } from '../locales.ts';

export interface Destination {
  code: CountryCode;
  /** The file's name, the URL segment (`/abroad/kr`): the lowercase ISO code unless the page has moved. */
  slug: string;
  /** Slugs the destination had before its file was renamed: their addresses redirect here. */
  formerSlugs: readonly string[];
  name: Localized;
  /** Other names people commonly use, in the languages where they differ from `name`. */
  otherNames?: Partial<Record<Locale, readonly string[]>>;
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
  /** The languages of its "show this screen" phrases (`ko`, `zh-Hant`), each a file in content/phrases. */
  phraseLanguages: readonly string[];
}

/** A destination's slug, as its file is named: lowercase ASCII letters and digits, words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The destination a page path such as a short link's target (`abroad/kr`)
 * stands for: the one at that slug, or the one whose file was renamed from it,
 * so that printed links to an old slug keep answering with its help.
 */
export function destinationAt<Place extends Pick<Destination, 'slug' | 'formerSlugs'>>(
  destinations: readonly Place[],
  path: string,
): Place | undefined {
  const at = (slug: string) => sectionPath(SITE_MAP.abroad, slug) === path;
  return destinations.find((each) => at(each.slug)) ?? destinations.find((each) => each.formerSlugs.some(at));
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

/**
 * Whether a contact's first number, the one its call link dials, can be
 * dialled from a phone inside `country`: any number of that country, or a
 * full number of another that works from abroad. A short code of another
 * country (Mongolia's 102) never can.
 */
export function dialsFrom(contact: Contact, country: CountryCode): boolean {
  const phone = callLinkPhone(contact);
  if (!phone) return false;
  return contact.country === country || (phone.kind === 'phone' && phone.reach === 'anywhere');
}

/**
 * What the emergency strip shows on a destination's pages, in the order she
 * needs them: its main emergency number, a local line that speaks Mongolian,
 * her embassy or consulate — each only if it can be dialled from there.
 */
export function stripContacts(destination: Destination, contactsById: ReadonlyMap<string, Contact>): Contact[] {
  const dialable = (contacts: Contact[]) => contacts.find((contact) => dialsFrom(contact, destination.code));
  return [
    dialable(published(destination.emergency)),
    dialable(published(destination.help).filter((contact) => contact.speaksMongolian)),
    dialable(missionsFor(destination, contactsById)),
  ].filter((contact) => contact !== undefined);
}

/** The number a contact's call link dials: its first voice line, else the first that takes a text; never a fax. */
export function callLinkPhone(contact: Contact) {
  const phones = callablePhones(contact);
  return phones.find((phone) => phone.line === 'voice') ?? phones[0];
}

/** Published contacts with a number that can be dialled from abroad: the Mongolian lines a card lists last. */
export function reachableFromAbroad(contacts: readonly Contact[]): Contact[] {
  return published(contacts).filter((contact) => callablePhones(contact).some((phone) => phone.reach === 'anywhere'));
}

/**
 * What a destination's help card lists, in the order she needs it — the
 * emergency number, a line in Mongolian, her embassy, other local lines,
 * Mongolian lines from abroad; the destination vCard holds the same.
 */
export interface HelpCard {
  emergency: Contact[];
  /** Local lines a source says answer in Mongolian: after the emergency number, before the embassy. */
  inMongolian: Contact[];
  /** The other local lines. */
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
  const help = published(destination.help);
  return {
    emergency: published(destination.emergency),
    inMongolian: help.filter((contact) => contact.speaksMongolian),
    help: help.filter((contact) => !contact.speaksMongolian),
    missions: missionsFor(destination, contactsById),
    ownMissions: published(destination.missions).length > 0,
    fromAbroad: reachableFromAbroad(hotlines),
  };
}

/** Every contact of a help card, in the card's order. */
export function cardContacts(card: HelpCard): Contact[] {
  return [...card.emergency, ...card.inMongolian, ...card.missions, ...card.help, ...card.fromAbroad];
}
