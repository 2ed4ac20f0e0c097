/**
 * The contact model every page, vCard and data file shares, and the rules
 * for publishing a contact: which may be offered as a call, in what order,
 * and how its source is named.
 */
import type { Locale } from '../locales.ts';
import type { CountryCode, Phone } from './phone.ts';
import type { Call, ContactStatus, Source, Verification, VerificationBasis } from './verification.ts';

export { CONTACT_STATUSES, type Call, type ContactStatus, type Source } from './verification.ts';

/** Kinds of Mongolian diplomatic mission, as Government Resolution No. 442 (2019) names them. */
export const MISSION_KINDS = [
  'embassy',
  'consulate-general',
  'consulate',
  'permanent-mission',
  'honorary-consul',
] as const;
export type MissionKind = (typeof MISSION_KINDS)[number];

/** Text in both languages. */
export type Localized = Record<Locale, string>;

export interface ContactPhone extends Phone {
  /** What this number of the contact is for, when it has several. */
  label?: Localized;
  /** What supports this number: the sources that state it and the calls made to it. */
  verification: Verification;
}

/** A number of a contact that a failed test call took off the site. */
export interface WithdrawnPhone {
  /** As the contact writes it. */
  number: string;
  /** The latest call to it, which failed. */
  call: Call;
}

/** A line, service or mission someone can contact. */
export interface Contact {
  /** `police` for a Mongolia-wide line; `kr/embassy-seoul` for a destination's contact. */
  id: string;
  /** The country the numbers belong to. */
  country: CountryCode;
  name: Localized;
  /** A name of a few words for tight places such as the emergency strip. */
  shortName?: Localized;
  purpose?: Localized;
  /** Its numbers that something supports, most useful first; unsupported numbers are left out. */
  phones: ContactPhone[];
  email?: string;
  website?: string;
  /**
   * As written in the country, and in Latin letters where the source gives it;
   * `official` when an official source gives it (only then is it shown to a driver).
   */
  address?: { local: string; latin?: string; official?: boolean };
  hours?: Localized;
  languages?: Localized;
  /** Set when a source says the line answers in Mongolian. */
  speaksMongolian?: boolean;
  free?: boolean;
  /** A source says it answers around the clock. */
  open24h?: boolean;
  sources: Source[];
  /** Test calls editors made to the numbers it publishes, newest first. */
  calls: Call[];
  /**
   * Numbers taken off the site because the latest test call to them failed
   * (not in service, someone else, a fax): for the editors' audit only, never
   * shown to readers, since a number in print gets dialled.
   */
  withdrawn?: WithdrawnPhone[];
  /** Derived: the weakest status among its numbers that are offered (or, with none, its sources'). */
  status: ContactStatus;
  /** Derived: what that status rests on. */
  basis: VerificationBasis;
  /** Why an editor keeps it off the site, when it is withheld. */
  withheld?: Localized;
  notes?: Localized;
  /** Set for Mongolian embassies, consulates and missions. */
  mission?: { kind: MissionKind; city: Localized };
}

/** Whether a contact appears on the site at all: an unconfirmed or withheld contact never does. */
export function isPublished(contact: Pick<Contact, 'status' | 'withheld'>): boolean {
  return contact.status !== 'unconfirmed' && !contact.withheld;
}

/** A number offered as a link: a voice, SMS or messaging line; a fax is only ever text. */
export function isCallable(phone: Pick<ContactPhone, 'href'>): phone is ContactPhone & { href: string } {
  return phone.href !== undefined;
}

/** The numbers of a contact that are call buttons (or texts), most useful first. */
export function callablePhones(contact: Pick<Contact, 'phones'>): (ContactPhone & { href: string })[] {
  return contact.phones.filter(isCallable);
}

/** A short name for a source: its host without `www.`, as a reader would recognise it. */
export function sourceName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

const STATUS_ORDER: Record<ContactStatus, number> = { confirmed: 0, 'single-source': 1, unconfirmed: 2 };

/** Sorts contacts as a list shows them: better-supported first, then by first number. */
export function byPublishingOrder(
  a: Pick<Contact, 'status' | 'phones'>,
  b: Pick<Contact, 'status' | 'phones'>,
): number {
  const first = (contact: Pick<Contact, 'phones'>) => callablePhones(contact)[0]?.written ?? '';
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || first(a).localeCompare(first(b), 'en', { numeric: true });
}
