/**
 * The contact model every page, vCard and data file shares, and the rules
 * for publishing a contact: which may be offered as a call, in what order,
 * and how its source is named.
 */
import type { Locale } from './locales.ts';
import type { CountryCode, Phone } from './phone.ts';

/**
 * How sure the site is of a contact, following the research facts:
 * - `confirmed`: two independent sources agree, or one official source;
 * - `single-source`: one non-official source; published with that warning;
 * - `unconfirmed`: not established; kept for editors, never published.
 */
export const CONTACT_STATUSES = ['confirmed', 'single-source', 'unconfirmed'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

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

/** Where a fact comes from: the page that states it (or a title naming it), and the date it states (or `undated`). */
export interface Source {
  url?: string;
  title?: Localized;
  date: string;
}

export interface ContactPhone extends Phone {
  /** What this number of the contact is for, when it has several. */
  label?: Localized;
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
  phones: ContactPhone[];
  email?: string;
  website?: string;
  /** As written in the country, and in Latin letters where the source gives it. */
  address?: { local: string; latin?: string };
  hours?: Localized;
  languages?: Localized;
  /** Set when a source says the line answers in Mongolian. */
  speaksMongolian?: boolean;
  free?: boolean;
  sources: Source[];
  /** When someone last checked the contact against its sources, `YYYY-MM-DD`. */
  checked: string;
  status: ContactStatus;
  notes?: Localized;
  /** Set for Mongolian embassies, consulates and missions. */
  mission?: { kind: MissionKind; city: Localized };
}

/** See the publishing policy in DESIGN.md: an unconfirmed contact is never offered as a call. */
export function isCallable(status: ContactStatus): boolean {
  return status !== 'unconfirmed';
}

/** Whether a contact appears on the site at all. */
export function isPublished(contact: Pick<Contact, 'status'>): boolean {
  return isCallable(contact.status);
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
  const first = (contact: Pick<Contact, 'phones'>) => contact.phones[0]?.written ?? '';
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || first(a).localeCompare(first(b), 'en', { numeric: true });
}
