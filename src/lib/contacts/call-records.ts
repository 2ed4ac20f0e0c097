/**
 * The rules for editors' test calls beyond what one number's verification
 * says: which lines must never be test-called (emergency services rest on
 * official sources; a test call there ties up a line someone in danger
 * needs), and which numbers need a look because they stopped answering.
 */
import type { Contact, ContactPhone } from './contacts.ts';
import type { Located } from './contact-checks.ts';
import type { LeadLines } from './lead-lines.ts';
import type { Destination } from './destinations.ts';

/**
 * The ids of the emergency services: every destination's emergency numbers,
 * and the Mongolia-wide lines `content/lead-lines.yaml` names as emergency
 * or national emergency numbers (police, ambulance, fire, rescue).
 */
export function emergencyContactIds(
  destinations: readonly Pick<Destination, 'emergency'>[],
  lead: Pick<LeadLines, 'emergency' | 'nationalEmergency'>,
): Set<string> {
  return new Set([
    ...destinations.flatMap((destination) => destination.emergency.map((contact) => contact.id)),
    ...lead.emergency.map((contact) => contact.id),
    ...lead.nationalEmergency.map((contact) => contact.id),
  ]);
}

/** One `file: field: reason` line for each emergency service with a test call recorded. */
export function emergencyCallProblems(contacts: readonly Located[], emergency: ReadonlySet<string>): string[] {
  return contacts
    .filter(({ contact }) => emergency.has(contact.id) && (contact.calls.length > 0 || contact.withdrawn))
    .map(
      ({ file, at }) =>
        `${file}: ${at}calls: never test-call an emergency number: it ties up the line for someone in danger; emergency numbers rest on official sources, so remove the call and cite one`,
    );
}

/** How many unanswered calls in a row, counted from the latest, make a number one to look at. */
export const NO_ANSWER_LIMIT = 2;

/** Whether the latest calls to a number went unanswered `NO_ANSWER_LIMIT` times in a row. */
export function stoppedAnswering(phone: Pick<ContactPhone, 'verification'>): boolean {
  const latest = phone.verification.calls.slice(0, NO_ANSWER_LIMIT);
  return latest.length === NO_ANSWER_LIMIT && latest.every((call) => call.outcome === 'no-answer');
}

/** The numbers of a contact that stopped answering, as it writes them. */
export function unansweredNumbers(contact: Pick<Contact, 'phones'>): string[] {
  return contact.phones.filter(stoppedAnswering).map((phone) => phone.written);
}
