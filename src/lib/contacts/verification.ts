/**
 * How sure the site is of a number, derived from what was actually done:
 * the sources someone read (and which numbers each states) and the test
 * calls editors made. Nobody types a status; it follows from these, so a
 * changed number loses the support of every source that gave the old one.
 */
import type { Locale } from '../locales.ts';

type Localized = Record<Locale, string>;

/**
 * How sure the site is of a number or a contact:
 * - `confirmed`: an official source states it (the operator, a government,
 *   the mission's own site), or an editor called it and it answered;
 * - `single-source`: only unofficial sources state it, however many copy
 *   each other; published with that warning;
 * - `unconfirmed`: nothing supports it; never published.
 */
export const CONTACT_STATUSES = ['confirmed', 'single-source', 'unconfirmed'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** What a status rests on, strongest first. */
export const VERIFICATION_BASES = ['call', 'official', 'secondary', 'none'] as const;
export type VerificationBasis = (typeof VERIFICATION_BASES)[number];

/** What happened when an editor called a number. */
export const CALL_OUTCOMES = ['answered', 'no-answer', 'not-in-service', 'wrong-number', 'fax'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Where a fact comes from, as someone read it. */
export interface Source {
  /** The page that states it. */
  url?: string;
  /** What the source is, when its URL alone does not say. */
  title?: Localized;
  /** The date the source itself states, or `undated`. */
  date: string;
  /** When someone of ours read it, `YYYY-MM-DD`; left out when not recorded. */
  read?: string;
  /** Published by the line's operator, a government, or the mission itself. */
  official?: boolean;
  /** The id of the list this source is (a copy of); copies of one list count as one source. */
  list?: string;
  /** The numbers this source gives for the contact, as the source writes them. */
  states: string[];
  /** The numbers this source gives as faxes. */
  faxes?: string[];
}

/** A test call an editor made. */
export interface Call {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The number dialled, as the contact writes it. */
  number: string;
  outcome: CallOutcome;
  /** The language the line answered in, where it did. */
  language?: Localized;
  notes?: Localized;
}

/** What supports one number. */
export interface Verification {
  status: ContactStatus;
  basis: VerificationBasis;
  /** How many independent sources state the number: copies of one list count once. */
  independent: number;
  /** The sources that state the number. */
  sources: Source[];
  /** The calls made to the number, newest first. */
  calls: Call[];
}

/** Calls that show a number does not reach the line it claims to be. */
const FAILED: ReadonlySet<CallOutcome> = new Set(['not-in-service', 'wrong-number', 'fax']);

/**
 * Counts sources that do not copy each other: each list once, however many
 * copies of it were read, and every other source once.
 */
export function independentSources(sources: readonly Pick<Source, 'list'>[]): number {
  const lists = new Set(sources.flatMap((source) => (source.list ? [source.list] : [])));
  return lists.size + sources.filter((source) => !source.list).length;
}

/**
 * The verification of one number. `matches` decides whether a number a
 * source or call gives is this one (the schema compares them as dialled).
 */
export function verifyNumber(
  matches: (written: string) => boolean,
  sources: readonly Source[],
  calls: readonly Call[],
): Verification {
  const stating = sources.filter((source) => [...source.states, ...(source.faxes ?? [])].some(matches));
  const made = calls.filter((call) => matches(call.number)).sort((a, b) => b.date.localeCompare(a.date));
  const latest = made[0];
  const base = { independent: independentSources(stating), sources: stating, calls: made };
  if (latest && FAILED.has(latest.outcome)) return { ...base, status: 'unconfirmed', basis: 'none' };
  if (latest?.outcome === 'answered') return { ...base, status: 'confirmed', basis: 'call' };
  if (stating.some((source) => source.official)) return { ...base, status: 'confirmed', basis: 'official' };
  if (stating.length > 0) return { ...base, status: 'single-source', basis: 'secondary' };
  return { ...base, status: 'unconfirmed', basis: 'none' };
}

/** The weaker of two statuses. */
export function weakerStatus(a: ContactStatus, b: ContactStatus): ContactStatus {
  return CONTACT_STATUSES[Math.max(CONTACT_STATUSES.indexOf(a), CONTACT_STATUSES.indexOf(b))]!;
}

/** The weaker of two bases. */
export function weakerBasis(a: VerificationBasis, b: VerificationBasis): VerificationBasis {
  return VERIFICATION_BASES[Math.max(VERIFICATION_BASES.indexOf(a), VERIFICATION_BASES.indexOf(b))]!;
}

/** What supports a contact with no number (an address only): its sources, official or not. */
export function verifySources(sources: readonly Source[]): Pick<Verification, 'status' | 'basis'> {
  if (sources.some((source) => source.official)) return { status: 'confirmed', basis: 'official' };
  if (sources.length > 0) return { status: 'single-source', basis: 'secondary' };
  return { status: 'unconfirmed', basis: 'none' };
}

/** The newest date someone of ours read a source or called a number, if any was recorded. */
export function lastVerified(sources: readonly Source[], calls: readonly Call[]): string | undefined {
  const dates = [...sources.flatMap((source) => (source.read ? [source.read] : [])), ...calls.map((call) => call.date)];
  return dates.sort().at(-1);
}

/** The sources that give a number as a fax. */
export function faxSources(matches: (written: string) => boolean, sources: readonly Source[]): Source[] {
  return sources.filter((source) => source.faxes?.some(matches));
}
