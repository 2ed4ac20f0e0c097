/**
 * The card's key numbers as a text message she can send to someone she
 * trusts in one tap: an `sms:` link with the message written in, no
 * recipient, nothing sent or stored by the site.
 */
import type { Locale } from '../locales.ts';
import type { Contact, MissionKind } from './contacts.ts';
import { callLinkPhone, type Destination, stripContacts } from './destinations.ts';

export interface MessageLine {
  label: string;
  /** In the form that works from anywhere, since the reader may be in another country: `+82 2 798 3464`, `112`. */
  number: string;
}

/**
 * The numbers a message carries: the emergency number and her embassy, as
 * the emergency strip chooses them (each only if it can be dialled from
 * there). A local line in Mongolian stays on the card: the message is for
 * someone elsewhere, and short.
 */
export function messageContacts(destination: Destination, contactsById: ReadonlyMap<string, Contact>): Contact[] {
  return stripContacts(destination, contactsById).filter((contact) => !destination.help.includes(contact));
}

/**
 * Each contact's call-link number, labelled as the emergency strip labels it
 * — its short name, or a mission's kind ("Embassy") — since a text message
 * is read on a small screen; a contact without a number is left out.
 */
export function messageLines(
  contacts: readonly Contact[],
  locale: Locale,
  missionKinds: Readonly<Record<MissionKind, string>>,
): MessageLine[] {
  return contacts.flatMap((contact) => {
    const phone = callLinkPhone(contact);
    if (!phone) return [];
    return [
      {
        label:
          contact.shortName?.[locale] ?? (contact.mission ? missionKinds[contact.mission.kind] : contact.name[locale]),
        number: phone.kind === 'phone' ? phone.international : phone.written,
      },
    ];
  });
}

/** The message: the country's name, then one `label: number` line each. */
export function numbersMessage(country: string, lines: readonly MessageLine[]): string {
  return [country, ...lines.map((line) => `${line.label}: ${line.number}`)].join('\n');
}

/**
 * An `sms:` link that opens the messages app with `body` written in and no
 * recipient, for her to choose. ASCII is percent-encoded as RFC 5724 §2.2
 * asks, but for the colon its grammar allows as it is; letters of other scripts are left as they are, which makes the link
 * an IRI (RFC 3987): the browser percent-encodes them as UTF-8 when the link
 * is followed (the URL Standard's query encoding), so the messages app
 * receives the RFC 5724 URI, while the page carries a third of the bytes —
 * Cyrillic takes six bytes a letter percent-encoded, two as it is, on every
 * help card and in the offline copy. The `?&body=` form is the one both platforms read: Android's
 * messages apps take the query's `body` field as RFC 5724 has it, while iOS
 * since version 8 reads the body only after an `&`; a bare `?body=` leaves
 * it out on iOS, and iOS's older `;body=` is not a query at all.
 * RFC 5724's grammar asks for a recipient; leaving it out is what lets her
 * pick one from her own contacts.
 */
export function smsHref(body: string): string {
  const encoded = [...body]
    .map((character) =>
      character === ':' || (character > '\x7f' && /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(character))
        ? character
        : encodeURIComponent(character),
    )
    .join('');
  return `sms:?&body=${encoded}`;
}

/** The URI a browser hands to the messages app for an `sms:` link: its IRI with every other character percent-encoded. */
export function smsUri(href: string): string {
  return new URL(href).href;
}
