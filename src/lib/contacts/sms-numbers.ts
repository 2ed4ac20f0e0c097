/**
 * The card's key numbers as a text message she can send to someone she
 * trusts in one tap: an `sms:` link with the message written in, no
 * recipient, nothing sent or stored by the site.
 */
import type { Locale } from '../locales.ts';
import type { Contact } from './contacts.ts';
import { callLinkPhone } from './destinations.ts';

export interface MessageLine {
  label: string;
  /** In the form that works from anywhere, since the reader may be in another country: `+82 2 798 3464`, `112`. */
  number: string;
}

/** Each contact's call-link number, labelled with its short name; a contact without one is left out. */
export function messageLines(contacts: readonly Contact[], locale: Locale): MessageLine[] {
  return contacts.flatMap((contact) => {
    const phone = callLinkPhone(contact);
    if (!phone) return [];
    return [
      {
        label: (contact.shortName ?? contact.name)[locale],
        number: phone.kind === 'phone' ? phone.international : phone.written,
      },
    ];
  });
}

/** The message: a heading line, then one `label: number` line each. */
export function numbersMessage(heading: string, lines: readonly MessageLine[]): string {
  return [heading, ...lines.map((line) => `${line.label}: ${line.number}`)].join('\n');
}

/**
 * An `sms:` link that opens the messages app with `body` written in and no
 * recipient, for her to choose. The body is percent-encoded UTF-8 (RFC 5724
 * §2.2). The `?&body=` form is the one both platforms read: Android's
 * messages apps take the query's `body` field as RFC 5724 has it, while iOS
 * since version 8 reads the body only after an `&`; a bare `?body=` leaves
 * it out on iOS, and iOS's older `;body=` is not a query at all.
 * RFC 5724's grammar asks for a recipient; leaving it out is what lets her
 * pick one from her own contacts.
 */
export function smsHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}
