/**
 * What may be printed. A page can be corrected in a minute; a card in a
 * passport cannot. So print asks more of a number than the site does: a
 * voice line, published, confirmed by the strongest rule the site has (an
 * official source stating it, or a test call that was answered), for a
 * national emergency number a government source (a list of emergency
 * numbers compiled for phones is not one), and answered around the clock
 * or printed with its hours.
 */

import type { PhoneLine } from '../contacts/phone.ts';
import type { ContactStatus as VerificationStatus, VerificationBasis } from '../contacts/verification.ts';

/** What the rule reads of a phone: its kind of line and how it was verified. */
export interface PrintablePhone {
  written: string;
  /** Voice when not given. */
  line?: PhoneLine;
  /** Missing when the contact's verification has not been derived: then nothing is known to be strong enough. */
  verification?: {
    status: VerificationStatus;
    basis: VerificationBasis;
    sources: readonly { official?: boolean }[];
  };
}

/** What the rule reads of a contact. */
export interface PrintableContact {
  id: string;
  /** A source says it answers around the clock. */
  open24h?: boolean;
  /** Its hours, printed beside the number when it does not answer around the clock. */
  hours?: { mn: string; en: string };
}

export interface PrintRuleContext {
  /** A national emergency number (police, ambulance, fire). */
  emergency: boolean;
}

/**
 * Why a phone may not be printed, each reason a `field: why` fragment; none
 * when it may. `field` is relative to the contact (`phones[0]`, `open24h`).
 */
export function printRuleProblems(
  contact: PrintableContact,
  phoneIndex: number,
  context: PrintRuleContext,
  phone: PrintablePhone,
): string[] {
  const field = `phones[${phoneIndex}]`;
  const problems: string[] = [];
  const line = phone.line ?? 'voice';
  if (line !== 'voice') problems.push(`${field}.line: is ${line}; only a voice line is printed`);
  const verification = phone.verification;
  if (!verification) {
    problems.push(`${field}: has no derived verification; print needs an official source or an answered test call`);
  } else if (
    verification.status !== 'confirmed' ||
    (verification.basis !== 'official' && verification.basis !== 'call')
  ) {
    problems.push(
      `${field}: is ${verification.status} (basis: ${verification.basis}); print needs an official source stating it or an answered test call`,
    );
  }
  if (context.emergency && !verification?.sources.some((source) => source.official)) {
    problems.push(
      `${field}: is a national emergency number with no government source stating it; a phone makers’ emergency-number list is not enough for print`,
    );
  }
  if (!contact.open24h && !contact.hours) {
    problems.push(`open24h: no source says it answers around the clock, and no hours are given to print beside it`);
  }
  return problems;
}

/** Whether a phone may be printed. */
export function mayPrint(
  contact: PrintableContact,
  phoneIndex: number,
  context: PrintRuleContext,
  phone: PrintablePhone,
): boolean {
  return printRuleProblems(contact, phoneIndex, context, phone).length === 0;
}

/** Where a contact lives, for messages: `content/hotlines/police.yaml` or `content/countries/kr.yaml` with the id. */
export function contactLocation(id: string): { file: string; prefix: string } {
  const slash = id.indexOf('/');
  return slash === -1
    ? { file: `content/hotlines/${id}.yaml`, prefix: '' }
    : { file: `content/countries/${id.slice(0, slash)}.yaml`, prefix: `${id.slice(slash + 1)}.` };
}

/** One `file: field: why` line per reason a contact's phone may not be printed. */
export function printRuleMessages(
  contact: PrintableContact & { phones: readonly PrintablePhone[] },
  phoneIndex: number,
  context: PrintRuleContext,
): string[] {
  const phone = contact.phones[phoneIndex];
  const { file, prefix } = contactLocation(contact.id);
  if (!phone) return [`${file}: ${prefix}phones: has no number to print`];
  return printRuleProblems(contact, phoneIndex, context, phone).map(
    (problem) => `${file}: ${prefix}${problem} (${phone.written})`,
  );
}
