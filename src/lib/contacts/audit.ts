/**
 * The contact audit: every contact by how sure we are of it and by the age
 * of its newest source, so editors re-check the weakest and oldest first.
 * `npm run audit` prints the full list; the build prints the summary.
 */
import { callablePhones, CONTACT_STATUSES, isPublished, type Contact, type ContactStatus } from './contacts.ts';
import { UNDATED } from '../content/dates.ts';
import { fillPlaceholders } from '../placeholders.ts';
import { unansweredNumbers } from './call-records.ts';
import { allContacts } from './contact-checks.ts';
import type { ContactData } from './contact-data.ts';
import { lastVerified, VERIFICATION_BASES, type CallOutcome, type VerificationBasis } from './verification.ts';

/** What an editor should do next about a contact, most pressing first. */
export const NEXT_STEPS = [
  'withheld',
  'find-new-number',
  'call-at-another-time',
  'find-source',
  'find-official',
  'call',
  'confirm-details',
  'reread',
  'call-again',
  'none',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/**
 * The languages the editors' tools speak: the editing screen and the audit
 * are for the NGO's staff, in Mongolian and English, whatever languages the
 * public site adds.
 */
export const EDITOR_LANGUAGES = ['mn', 'en'] as const;
export type EditorLanguage = (typeof EDITOR_LANGUAGES)[number];
/** A text for editors, in each of their languages. */
export type EditorText = Record<EditorLanguage, string>;

/** Each next step in plain words, in the editors' languages; `{numbers}` is filled in. */
export const NEXT_STEP_WORDS: Record<NextStep, EditorText> = {
  withheld: {
    mn: 'Сайтаас түр хасагдсан. Шугам дахин ажиллаж байгаа эсэхийг шалгана уу.',
    en: 'Kept off the site. Check whether the line works again.',
  },
  'find-new-number': {
    mn: '{numbers} дугаарт залгахад ажиллаагүй тул сайтаас хасагдсан. Шугамын одоогийн дугаарыг албан ёсны эх сурвалжаас олох, эсвэл дахин залгаж үр дүнг бүртгэнэ үү.',
    en: "A test call to {numbers} failed, so it is off the site. Find the line's current number in an official source, or call again and record the result.",
  },
  'call-at-another-time': {
    mn: '{numbers} дугаар дараалан хоёр удаа хариулаагүй. Өөр цагт дахин залгаж бүртгэнэ үү. Хариулахгүй хэвээр бол албан ёсны эх сурвалж хайх, эсвэл сайтаас түр хасна уу.',
    en: 'No answer twice in a row on {numbers}. Call at another time of day and record it. If it still does not answer, look for an official source or keep the contact off the site.',
  },
  'find-source': {
    mn: 'Батлах зүйл алга. Дугаарыг өгсөн эх сурвалж олох, эсвэл залгаж үр дүнг бүртгэнэ үү.',
    en: 'Nothing supports it. Find a source that gives the number, or call it and record the result.',
  },
  'find-official': {
    mn: 'Яаралтай тусламжийн дугаар. Албан ёсны эх сурвалж (төрийн байгууллага эсвэл шугамыг ажиллуулагч) олно уу. Туршиж залгаж болохгүй.',
    en: 'An emergency number. Find an official source (the government or the operator). Never make a test call to it.',
  },
  call: {
    mn: 'Зөвхөн албан бус эх сурвалжтай. Энэ дугаарт залгаж үр дүнг бүртгэх, эсвэл албан ёсны эх сурвалж олно уу.',
    en: 'Only unofficial sources. Call this number and record the result, or find an official source.',
  },
  'confirm-details': {
    mn: 'Зөвхөн албан бус эх сурвалжтай, залгах дугааргүй. Мэдээллийг нь батлах албан ёсны эх сурвалж олно уу.',
    en: 'Only unofficial sources, and no number to call. Find an official source for its details.',
  },
  reread: {
    mn: 'Албан ёсны эх сурвалж хуучирсан. Дахин уншиж, эсвэл шинийг олж, уншсан огноогоо бүртгэнэ үү.',
    en: 'The official source is old. Read it again, or find a newer one, and record the date you read it.',
  },
  'call-again': {
    mn: 'Сүүлд хариулснаас хойш жил гаруй болсон. Дахин залгаж үр дүнг бүртгэнэ үү.',
    en: 'It last answered over a year ago. Call again and record the result.',
  },
  none: { mn: 'Одоогоор хийх зүйлгүй.', en: 'Nothing to do now.' },
};

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
  /** An emergency service: never test-called. */
  emergency: boolean;
  /** Numbers a failed test call took off the site, with that call's outcome and date. */
  withdrawn: { number: string; outcome: CallOutcome; date: string }[];
  /** Published numbers whose latest two calls went unanswered. */
  unanswered: string[];
  /** Whether it has a number a reader can call or text. */
  callable: boolean;
  /** What to do next. */
  next: NextStep;
  /** The numbers the next step is about, where it is about some. */
  nextNumbers: string[];
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

/** Days from one `YYYY-MM-DD` date to another. */
function daysBetween(from: string, to: string): number {
  return (startOf(to) - startOf(from)) / 86_400_000;
}

type RowFacts = Omit<AuditRow, 'next' | 'nextNumbers'>;

/** The next step for a contact, from what its row says, most pressing first. */
export function nextStep(row: RowFacts, today: string): { next: NextStep; nextNumbers: string[] } {
  if (!row.published && row.status !== 'unconfirmed') return { next: 'withheld', nextNumbers: [] };
  if (row.withdrawn.length > 0) {
    return { next: 'find-new-number', nextNumbers: row.withdrawn.map((phone) => phone.number) };
  }
  if (row.unanswered.length > 0) return { next: 'call-at-another-time', nextNumbers: row.unanswered };
  if (row.status === 'unconfirmed') return { next: 'find-source', nextNumbers: [] };
  if (row.emergency && row.basis !== 'official') return { next: 'find-official', nextNumbers: [] };
  if (row.basis === 'secondary') return { next: row.callable ? 'call' : 'confirm-details', nextNumbers: [] };
  const readWithinAYear = row.lastVerified !== undefined && daysBetween(row.lastVerified, today) <= 365;
  if (row.basis === 'official' && (row.sourceAgeYears ?? Infinity) >= 2 && !readWithinAYear) {
    return { next: 'reread', nextNumbers: [] };
  }
  if (row.basis === 'call' && !readWithinAYear) return { next: 'call-again', nextNumbers: [] };
  return { next: 'none', nextNumbers: [] };
}

/**
 * One row per contact: weakest status first, then weakest basis, then oldest
 * source (undated first). `emergency` holds the ids of the emergency services.
 */
export function auditRows(
  contacts: readonly Contact[],
  today: string,
  emergency: ReadonlySet<string> = new Set(),
): AuditRow[] {
  const weakness = (row: AuditRow) =>
    -(CONTACT_STATUSES.indexOf(row.status) * VERIFICATION_BASES.length + VERIFICATION_BASES.indexOf(row.basis));
  return contacts
    .map((contact): AuditRow => {
      const dated = contact.sources.map((source) => source.date).filter((date) => date !== UNDATED);
      const newestSource = dated.sort((a, b) => startOf(b) - startOf(a))[0];
      const withdrawn = contact.withdrawn ?? [];
      const verified = lastVerified(contact.sources, [...contact.calls, ...withdrawn.map((phone) => phone.call)]);
      const facts: RowFacts = {
        id: contact.id,
        name: contact.name.en,
        status: contact.status,
        basis: contact.basis,
        published: isPublished(contact),
        ...(newestSource && { newestSource, sourceAgeYears: wholeYears(newestSource, today) }),
        ...(verified && { lastVerified: verified }),
        emergency: emergency.has(contact.id),
        withdrawn: withdrawn.map(({ number, call }) => ({ number, outcome: call.outcome, date: call.date })),
        unanswered: unansweredNumbers(contact),
        callable: callablePhones(contact).length > 0,
      };
      return { ...facts, ...nextStep(facts, today) };
    })
    .sort(
      (a, b) =>
        weakness(a) - weakness(b) ||
        (b.sourceAgeYears ?? Infinity) - (a.sourceAgeYears ?? Infinity) ||
        a.id.localeCompare(b.id),
    );
}

/** The audit of every contact the site knows, hotlines first. */
export function contactAudit(
  data: Pick<ContactData, 'hotlines' | 'destinations' | 'emergency'>,
  today: string,
): AuditRow[] {
  return auditRows([...data.hotlines, ...data.destinations.flatMap(allContacts)], today, data.emergency);
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
    `Test calls: ${rows.flatMap((row) => row.withdrawn).length} numbers off the site after a failed call, ${rows.flatMap((row) => row.unanswered).length} with no answer twice in a row`,
  ].join('\n');
}

/** The full list as a plain-text table. */
export function auditTable(rows: readonly AuditRow[]): string {
  const header = ['status', 'basis', 'source', 'age', 'last read', 'id', 'name', 'next'];
  const body = rows.map((row) => [
    row.published ? row.status : `${row.status} (not shown)`,
    row.basis,
    row.newestSource ?? UNDATED,
    row.sourceAgeYears === undefined ? '?' : `${row.sourceAgeYears}y`,
    row.lastVerified ?? 'never',
    row.id,
    row.name,
    nextStepText(row, 'en'),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => cells[column]!.length)));
  return [header, ...body]
    .map((cells) =>
      cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '),
    )
    .join('\n');
}

/** A row's next step in plain words, in one language, with a failed call's outcome and date where there was one. */
export function nextStepText(row: Pick<AuditRow, 'next' | 'nextNumbers'>, locale: EditorLanguage): string {
  return fillPlaceholders(NEXT_STEP_WORDS[row.next][locale], { numbers: row.nextNumbers.join(', ') });
}
