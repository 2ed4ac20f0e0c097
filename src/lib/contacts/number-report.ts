/**
 * "This number didn't work": a link that opens the reader's own mail or SMS
 * app with a message to the editors already written — which contact, which
 * numbers, on which page. Nothing is sent by the site and nothing is stored:
 * she reads the message, may change it, and sends it or not.
 */
import { callablePhones, type Contact } from './contacts.ts';
import { fillPlaceholders } from '../placeholders.ts';

/** Where readers' reports go (`content/reports.yaml`). */
export interface ReportAddress {
  /** The editors' mailbox. */
  email: string;
  /** A number that takes texts, in international form (`+97699112233`), where the editors have one. */
  sms?: string;
}

/** The words of a report in one language; `{name}`, `{numbers}` and `{url}` are filled in. */
export interface ReportWords {
  subject: string;
  body: string;
  /** What `{numbers}` says for a contact with none (one listed by its address). */
  noNumbers: string;
}

/** What a report is about. */
export interface ReportedContact {
  name: string;
  /** The contact's numbers as the card shows them. */
  numbers: readonly string[];
  /** The page she found them on, as a full URL. */
  url: string;
}

/**
 * Characters that must be escaped in a mailto or sms query value: the ones
 * that end or split it (`&`, `#`, `%`, `?`, `=`), spaces and line breaks, `+`
 * (which some mail apps read as a space, and numbers start with), and anything
 * else outside printable ASCII's safe set. Letters beyond ASCII
 * (Cyrillic) are left as they are: a URL parser escapes them when the link is
 * followed, and written raw they weigh a third as much in the page.
 */
const ESCAPED = /[^\p{L}\p{N}\-._~!$'()*,;:@/]/gu;

/** A query value for a mailto or sms URI, escaped as little as the URL standard allows. */
export function queryValue(text: string): string {
  return text.replace(ESCAPED, (character) =>
    [...new TextEncoder().encode(character)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

/**
 * The numbers one per line, spaces inside a number as hyphens: escaped, a
 * space before a digit would be `%20` glued to it ("%20102"), and the page
 * would seem to hold a number it does not publish.
 */
function numberLines(numbers: readonly string[], noNumbers: string): string {
  return numbers.length > 0 ? numbers.map((number) => number.trim().replace(/\s+/g, '-')).join('\n') : noNumbers;
}

function fillWords(template: string, report: ReportedContact, noNumbers: string): string {
  const numbers = numberLines(report.numbers, noNumbers);
  return fillPlaceholders(template, { name: report.name, numbers, url: report.url }, 'report text');
}

/** The report's subject and body, filled in; line breaks as CRLF, as RFC 6068 asks of a mailto body. */
export function reportText(report: ReportedContact, words: ReportWords): { subject: string; body: string } {
  return {
    subject: fillWords(words.subject, report, words.noNumbers),
    body: fillWords(words.body, report, words.noNumbers).replace(/\r?\n/g, '\r\n'),
  };
}

/** `mailto:` the editors with the report written in. */
export function reportMailto(
  address: Pick<ReportAddress, 'email'>,
  report: ReportedContact,
  words: ReportWords,
): string {
  const { subject, body } = reportText(report, words);
  return `mailto:${address.email}?subject=${queryValue(subject)}&body=${queryValue(body)}`;
}

/**
 * `sms:` to the editors' number with the report as its text, or undefined
 * when they have none. `?&body=` is the form both Android's and iOS's
 * messaging apps read.
 */
export function reportSms(address: ReportAddress, report: ReportedContact, words: ReportWords): string | undefined {
  if (!address.sms) return undefined;
  const { body } = reportText(report, words);
  return `sms:${address.sms}?&body=${queryValue(body.replace(/\r\n/g, '\n'))}`;
}

/**
 * What a report about `contact` names: its callable numbers as the card
 * writes them (a fax is never reported as a number that failed to answer),
 * or none for a contact the card lists only by address.
 */
export function reportedContact(contact: Contact, name: string, url: string): ReportedContact {
  return { name, numbers: callablePhones(contact).map((phone) => phone.written), url };
}
