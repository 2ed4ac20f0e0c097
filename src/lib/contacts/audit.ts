/**
 * The contact audit: every contact by how sure we are of it and by the age
 * of its newest source, so editors re-check the weakest and oldest first.
 * `npm run audit` prints the full list; the build prints the summary.
 */
import { CONTACT_STATUSES, isPublished, type Contact, type ContactStatus } from './contacts.ts';
import { UNDATED } from '../content/dates.ts';
import { lastVerified, VERIFICATION_BASES, type VerificationBasis } from './verification.ts';

export interface AuditRow {
  id: string;
  name: string;
  status: ContactStatus;
  /** What the status rests on: a call, an official source, secondary sources only, or nothing. */
  basis: VerificationBasis;
  /** Whether the contact is on the site. */
  published: boolean;
  /** The newest date among the contact's sources, or undefined when none is dated. */
  newestSource?: string;
  /** Whole years from the newest source to `today`; undefined when undated. */
  sourceAgeYears?: number;
  /** When someone of ours last read a source or called a number, if recorded. */
  lastVerified?: string;
}

/** Age groups of a source, oldest and least known last, as the summary counts them. */
export const AGE_GROUPS = ['under 2 years', '2–5 years', 'over 5 years', 'undated'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** What the summary calls each basis. */
const BASIS_WORDS: Record<VerificationBasis, string> = {
  call: 'a test call',
  official: 'an official source',
  secondary: 'secondary sources only',
  none: 'nothing',
};

/** A partial date at its first day: 2012 → 2012-01-01, 2022-05 → 2022-05-01. */
function startOf(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

function wholeYears(from: string, today: string): number {
  return Math.floor((startOf(today) - startOf(from)) / (365.25 * 86_400_000));
}

export function ageGroup(row: Pick<AuditRow, 'sourceAgeYears'>): AgeGroup {
  if (row.sourceAgeYears === undefined) return 'undated';
  if (row.sourceAgeYears < 2) return 'under 2 years';
  if (row.sourceAgeYears <= 5) return '2–5 years';
  return 'over 5 years';
}

/** One row per contact: weakest status first, then weakest basis, then oldest source (undated first). */
export function auditRows(contacts: readonly Contact[], today: string): AuditRow[] {
  const weakness = (row: AuditRow) =>
    -(CONTACT_STATUSES.indexOf(row.status) * VERIFICATION_BASES.length + VERIFICATION_BASES.indexOf(row.basis));
  return contacts
    .map((contact): AuditRow => {
      const dated = contact.sources.map((source) => source.date).filter((date) => date !== UNDATED);
      const newestSource = dated.sort((a, b) => startOf(b) - startOf(a))[0];
      const verified = lastVerified(contact.sources, contact.calls);
      return {
        id: contact.id,
        name: contact.name.en,
        status: contact.status,
        basis: contact.basis,
        published: isPublished(contact),
        ...(newestSource && { newestSource, sourceAgeYears: wholeYears(newestSource, today) }),
        ...(verified && { lastVerified: verified }),
      };
    })
    .sort(
      (a, b) =>
        weakness(a) - weakness(b) ||
        (b.sourceAgeYears ?? Infinity) - (a.sourceAgeYears ?? Infinity) ||
        a.id.localeCompare(b.id),
    );
}

/** Counts by status, by what published contacts rest on, and by source age, as the build prints them. */
export function auditSummary(rows: readonly AuditRow[]): string {
  const published = rows.filter((row) => row.published);
  const byStatus = CONTACT_STATUSES.map((status) => `${status} ${rows.filter((row) => row.status === status).length}`);
  const byBasis = VERIFICATION_BASES.filter((basis) => basis !== 'none').map(
    (basis) => `${BASIS_WORDS[basis]} ${published.filter((row) => row.basis === basis).length}`,
  );
  const byAge = AGE_GROUPS.map((group) => `${group} ${rows.filter((row) => ageGroup(row) === group).length}`);
  return [
    `Contacts: ${rows.length} (${published.length} published) — ${byStatus.join(', ')}`,
    `Published contacts rest on: ${byBasis.join(', ')}`,
    `Newest source: ${byAge.join(', ')}`,
  ].join('\n');
}

/** The full list as a plain-text table. */
export function auditTable(rows: readonly AuditRow[]): string {
  const header = ['status', 'basis', 'source', 'age', 'last read', 'id', 'name'];
  const body = rows.map((row) => [
    row.published ? row.status : `${row.status} (not shown)`,
    row.basis,
    row.newestSource ?? UNDATED,
    row.sourceAgeYears === undefined ? '?' : `${row.sourceAgeYears}y`,
    row.lastVerified ?? 'never',
    row.id,
    row.name,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => cells[column]!.length)));
  return [header, ...body]
    .map((cells) =>
      cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '),
    )
    .join('\n');
}
