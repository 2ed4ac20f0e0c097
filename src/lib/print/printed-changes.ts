/**
 * Numbers that went to print and have changed since. A card stays in a
 * wallet for years: when a number it carries changes or loses the standing
 * that let it be printed, the build warns with the run and the card, and the
 * pages the card leads to say so at the top, naming the old number.
 */
import type { PrintRun } from '../../schemas/print-run.ts';
import type { Contact } from '../contacts/contacts.ts';
import type { Phone } from '../contacts/phone.ts';

/** A phone as a card prints it: the international form where it can be called from abroad, else as written locally. */
export function printedNumber(phone: Phone): string {
  return phone.reach === 'anywhere' ? (phone.abroad?.international ?? phone.international) : phone.written;
}

/** The link that dials a phone in the form a card prints it; none for a fax. */
export function printedHref(phone: Phone): string | undefined {
  return phone.reach === 'anywhere' ? (phone.abroad?.href ?? phone.href) : phone.href;
}

const digits = (number: string) => number.replace(/\D/g, '');

export interface PrintedChange {
  /** The run that printed it. */
  edition: string;
  date: string;
  /** The card's short-link code. */
  code: string;
  contact: string;
  label: { mn: string; en: string };
  /** The number as the card shows it. */
  printed: string;
  /** What to call instead, as a card would print it; none when the contact has no number we stand behind now. */
  now?: string;
  /** The link that dials `now`. */
  nowHref?: string;
}

/**
 * Every number printed in a run that the contact no longer has, or whose
 * contact no longer `keeps` its standing (gone, withdrawn, or weaker than
 * print needs). Numbers are compared by their digits, in any of the forms
 * the site writes them, so a change of spacing is not a change.
 */
export function printedChanges(
  runs: readonly PrintRun[],
  contactsById: ReadonlyMap<string, Contact>,
  keeps: (contact: Contact) => boolean,
): PrintedChange[] {
  const changes: PrintedChange[] = [];
  for (const run of runs) {
    for (const card of run.cards) {
      for (const line of card.lines) {
        const contact = contactsById.get(line.contact);
        const standing = contact !== undefined && keeps(contact);
        const forms = (phone: Phone) =>
          [phone.written, phone.international, phone.abroad?.international].filter((form) => form !== undefined);
        const still =
          standing && contact.phones.some((phone) => forms(phone).some((form) => digits(form) === digits(line.number)));
        if (still) continue;
        const phone = standing ? contact.phones[0] : undefined;
        changes.push({
          edition: run.edition,
          date: run.date,
          code: card.code,
          contact: line.contact,
          label: line.label,
          printed: line.number,
          ...(phone ? { now: printedNumber(phone), nowHref: printedHref(phone) } : {}),
        });
      }
    }
  }
  return changes;
}

/** One line for the build's output: the run, the card, the old number and what became of it. */
export function describeChange(change: PrintedChange): string {
  return `"${change.edition}" (${change.date}), card /go/${change.code}: ${change.label.en} ${change.printed} (${change.contact}) ${
    change.now ? `is now ${change.now}` : 'no longer has a number fit to print'
  }; the pages this card leads to say so`;
}

/** The changes to show for some cards, one per old number. */
export function changesFor(changes: readonly PrintedChange[], codes: readonly string[]): PrintedChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${digits(change.printed)} ${change.now ?? ''}`;
    if (!codes.includes(change.code) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
