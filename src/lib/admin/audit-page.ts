/**
 * The editors' audit page (`/admin/audit`): the rows of `npm run audit`, in
 * plain words in the editors' languages, each with the file it is edited
 * in. Plain HTML with no inline code, like the screen's other pages.
 */
import {
  EDITOR_LANGUAGES,
  NEXT_STEPS,
  nextStepText,
  type AuditRow,
  type EditorLanguage,
  type EditorText,
  type NextStep,
} from '../contacts/audit.ts';
import type { ContactStatus, Localized } from '../contacts/contacts.ts';
import type { CallOutcome, VerificationBasis } from '../contacts/verification.ts';
import { fillPlaceholders } from '../placeholders.ts';
import { ADMIN_HEAD, escapeHtml } from './admin-pages.ts';

/** The page's own language, the editors' first. */
const FIRST: EditorLanguage = EDITOR_LANGUAGES[0];

/** The page's own words, in the editors' languages. */
export const AUDIT_PAGE_WORDS = {
  title: { mn: 'Дугааруудын шалгалт', en: 'Contact audit' },
  intro: {
    mn: 'Сайтын бүх байгууллага, хамгийн сул, хуучин нь эхэндээ. «npm run audit»-тай ижил мэдээлэл, {date}-ны байдлаар.',
    en: 'Every contact on the site, weakest and oldest first. The same data as "npm run audit", as of {date}.',
  },
  reports: {
    mn: 'Уншигчдын «Энэ дугаар ажиллаагүй» захидал {email} хаяг руу очдог. Сайт тэдгээрийг хардаггүй, тоолдоггүй: тэр шууданг бас шалгаарай.',
    en: 'Readers\' "this number didn\'t work" messages go to {email}. The site never sees them and keeps no count: check that mailbox too.',
  },
  status: { mn: 'Төлөв', en: 'Status' },
  newestSource: { mn: 'Хамгийн шинэ эх сурвалж', en: 'Newest source' },
  lastVerified: { mn: 'Сүүлд уншсан эсвэл залгасан', en: 'Last read or called' },
  never: { mn: 'хэзээ ч үгүй', en: 'never' },
  undated: { mn: 'огноогүй', en: 'undated' },
  withdrawn: { mn: 'Сайтаас хассан дугаар', en: 'Taken off the site' },
  next: { mn: 'Дараагийн алхам', en: 'Next step' },
  file: { mn: 'Файл', en: 'File' },
  notShown: { mn: 'сайтад харагдахгүй', en: 'not on the site' },
  emergency: { mn: 'яаралтай тусламжийн дугаар: туршиж залгахгүй', en: 'emergency number: no test calls' },
} as const satisfies Record<string, EditorText>;

/** Each next step in a few words, for the counts at the top. */
export const NEXT_STEP_LABELS: Record<NextStep, EditorText> = {
  withheld: { mn: 'Сайтаас түр хасагдсан', en: 'Kept off the site' },
  'find-new-number': {
    mn: 'Залгахад ажиллаагүй: одоогийн дугаарыг олох',
    en: 'Failed a test call: find the current number',
  },
  'call-at-another-time': { mn: 'Хоёр удаа хариулаагүй: өөр цагт залгах', en: 'No answer twice: call at another time' },
  'find-source': { mn: 'Эх сурвалж олох', en: 'Find a source' },
  'find-official': {
    mn: 'Яаралтай дугаар: албан ёсны эх сурвалж олох',
    en: 'Emergency number: find an official source',
  },
  call: { mn: 'Залгаж, үр дүнг бүртгэх', en: 'Call it and record the result' },
  'confirm-details': { mn: 'Мэдээллийг нь батлах', en: 'Confirm its details' },
  reread: { mn: 'Эх сурвалжийг дахин унших', en: 'Read the source again' },
  'call-again': { mn: 'Дахин залгах', en: 'Call again' },
  none: { mn: 'Одоогоор хийх зүйлгүй', en: 'Nothing to do now' },
};

export const STATUS_WORDS: Record<ContactStatus, EditorText> = {
  confirmed: { mn: 'батлагдсан', en: 'confirmed' },
  'single-source': { mn: 'зөвхөн албан бус эх сурвалжтай', en: 'unofficial sources only' },
  unconfirmed: { mn: 'батлагдаагүй', en: 'unconfirmed' },
};

export const BASIS_WORDS: Record<VerificationBasis, EditorText> = {
  call: { mn: 'туршилтын дуудлага', en: 'a test call' },
  official: { mn: 'албан ёсны эх сурвалж', en: 'an official source' },
  secondary: { mn: 'албан бус эх сурвалж', en: 'unofficial sources' },
  none: { mn: 'юу ч биш', en: 'nothing' },
};

export const OUTCOME_WORDS: Record<CallOutcome, EditorText> = {
  answered: { mn: 'хариулсан', en: 'answered' },
  'no-answer': { mn: 'хариулаагүй', en: 'no answer' },
  'not-in-service': { mn: 'ажиллахгүй байна', en: 'not in service' },
  'wrong-number': { mn: 'өөр газар холбогдсон', en: 'someone else answered' },
  fax: { mn: 'факс холбогдсон', en: 'a fax answered' },
};

/** The content file a contact is edited in: `content/hotlines/police.yaml`, `content/countries/kr.yaml`. */
export function contactFile(id: string): string {
  const slash = id.indexOf('/');
  return slash === -1 ? `content/hotlines/${id}.yaml` : `content/countries/${id.slice(0, slash)}.yaml`;
}

/** How many rows have each next step, most pressing first, leaving out steps no row has. */
export function nextStepCounts(rows: readonly Pick<AuditRow, 'next'>[]): [NextStep, number][] {
  const counts = new Map<NextStep, number>();
  for (const row of rows) counts.set(row.next, (counts.get(row.next) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => NEXT_STEPS.indexOf(a) - NEXT_STEPS.indexOf(b));
}

/** A text in each of the editors' languages: the first as the page's own, the others marked with theirs. */
function inEvery(text: (locale: EditorLanguage) => string): string {
  return EDITOR_LANGUAGES.map((locale, index) =>
    index === 0 ? escapeHtml(text(locale)) : `<span class="other" lang="${locale}">${escapeHtml(text(locale))}</span>`,
  ).join(' ');
}

export interface AuditPage {
  rows: readonly AuditRow[];
  /** Each contact's name in every language, by id. */
  names: ReadonlyMap<string, Localized>;
  /** Where readers' reports go (content/reports.yaml). */
  reportEmail: string;
  /** The day the audit was made, YYYY-MM-DD. */
  today: string;
}

function contactItem(row: AuditRow, names: AuditPage['names']): string {
  const name = (locale: EditorLanguage) => names.get(row.id)?.[locale] ?? row.name;
  const term = (words: EditorText) => `<dt>${escapeHtml(words[FIRST])}</dt>`;
  const status = [
    // Only a confirmed contact rests on more than one kind of thing: a call or an official source.
    row.status === 'confirmed'
      ? `${STATUS_WORDS[row.status][FIRST]} (${BASIS_WORDS[row.basis][FIRST]})`
      : STATUS_WORDS[row.status][FIRST],
    !row.published && AUDIT_PAGE_WORDS.notShown[FIRST],
    row.emergency && AUDIT_PAGE_WORDS.emergency[FIRST],
  ]
    .filter(Boolean)
    .join('; ');
  const age = row.sourceAgeYears === undefined ? '' : ` (${row.sourceAgeYears}y)`;
  const withdrawn = row.withdrawn
    .map((phone) => `${phone.number} (${phone.date}, ${OUTCOME_WORDS[phone.outcome][FIRST]})`)
    .join('; ');
  return [
    `<li class="contact" id="${escapeHtml(row.id.replace('/', '-'))}" data-contact="${escapeHtml(row.id)}" data-next="${row.next}">`,
    `<h2>${inEvery(name)} <code class="other">${escapeHtml(row.id)}</code></h2>`,
    '<dl>',
    term(AUDIT_PAGE_WORDS.next),
    `<dd data-next-step>${inEvery((locale) => nextStepText(row, locale))}</dd>`,
    term(AUDIT_PAGE_WORDS.status),
    `<dd>${escapeHtml(status)}</dd>`,
    term(AUDIT_PAGE_WORDS.newestSource),
    `<dd>${escapeHtml((row.newestSource ?? AUDIT_PAGE_WORDS.undated[FIRST]) + age)}</dd>`,
    term(AUDIT_PAGE_WORDS.lastVerified),
    `<dd>${escapeHtml(row.lastVerified ?? AUDIT_PAGE_WORDS.never[FIRST])}</dd>`,
    ...(withdrawn ? [term(AUDIT_PAGE_WORDS.withdrawn), `<dd>${escapeHtml(withdrawn)}</dd>`] : []),
    term(AUDIT_PAGE_WORDS.file),
    `<dd><code>${escapeHtml(contactFile(row.id))}</code></dd>`,
    '</dl>',
    '</li>',
  ].join('\n');
}

/** `/admin/audit`: every contact, weakest and oldest first, what to do next, and where readers' reports go. */
export function auditPageHtml({ rows, names, reportEmail, today }: AuditPage): string {
  return [
    '<!doctype html>',
    `<html lang="${FIRST}">`,
    '<head>',
    ...ADMIN_HEAD,
    `<title>${escapeHtml(EDITOR_LANGUAGES.map((locale) => AUDIT_PAGE_WORDS.title[locale]).join(' / '))}</title>`,
    '</head>',
    '<body class="audit">',
    '<main>',
    `<h1>${inEvery((locale) => AUDIT_PAGE_WORDS.title[locale])}</h1>`,
    `<p>${inEvery((locale) => fillPlaceholders(AUDIT_PAGE_WORDS.intro[locale], { date: today }))}</p>`,
    `<p data-reports><strong>${inEvery((locale) => fillPlaceholders(AUDIT_PAGE_WORDS.reports[locale], { email: reportEmail }))}</strong></p>`,
    '<ul data-next-steps>',
    ...nextStepCounts(rows).map(
      ([step, count]) =>
        `<li data-count="${step}">${count} — ${inEvery((locale) => NEXT_STEP_LABELS[step][locale])}</li>`,
    ),
    '</ul>',
    '<ol class="contacts">',
    ...rows.map((row) => contactItem(row, names)),
    '</ol>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
