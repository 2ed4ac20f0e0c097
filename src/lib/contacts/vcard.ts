/**
 * vCards (RFC 6350, version 4.0) so a reader can save a number to her phone
 * once and find it again without data: one per contact, and one per
 * destination holding every number she may need there.
 */
import type { Contact, ContactPhone } from './contacts.ts';
import type { Locale } from '../locales.ts';

/** Escapes a text value (RFC 6350 §3.4): backslash, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Escapes one component of a compound value (ADR, ORG), where a semicolon separates components. */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2) without splitting a
 * UTF-8 character: Cyrillic and Hangul take two and three octets each.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A whole vCard from its content lines, with CRLF line ends. */
function card(lines: readonly string[]): string {
  return ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD'].map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The numbers a vCard carries: voice lines and SMS lines. A fax is left out,
 * since an address book offers every number it holds as a call, and so is a
 * messaging account, which is opened by its link, not dialled.
 */
function savedPhones(contact: Contact): ContactPhone[] {
  return contact.phones.filter((phone) => phone.line === 'voice' || phone.line === 'sms');
}

/** Whether a contact has a number worth saving to the phone. */
export function hasSavedPhones(contact: Contact): boolean {
  return savedPhones(contact).length > 0;
}

/** The TEL property value: a tel: URI even for SMS numbers, which are marked with TYPE=text. */
function telProperty(phone: ContactPhone, group?: string): string {
  const name = group ? `${group}.TEL` : 'TEL';
  const type = phone.line === 'sms' ? 'text' : 'voice';
  const uri = phone.e164 ? `tel:${phone.e164}` : `tel:${phone.written.replace(/[^\d+]/g, '')}`;
  return `${name};VALUE=uri;TYPE=${type}:${uri}`;
}

function contactNote(contact: Contact, locale: Locale): string | undefined {
  const parts = [contact.purpose?.[locale], contact.hours?.[locale]].filter((part) => part !== undefined);
  return parts.length > 0 ? `NOTE:${escapeText(parts.join('. '))}` : undefined;
}

/** One contact as a vCard. */
export function contactVcard(contact: Contact, locale: Locale): string {
  const lines = [
    'KIND:org',
    `FN:${escapeText(contact.name[locale])}`,
    `ORG:${escapeComponent(contact.name[locale])}`,
    ...savedPhones(contact).map((phone) => telProperty(phone)),
    ...(contact.email ? [`EMAIL:${contact.email}`] : []),
    ...(contact.website ? [`URL:${contact.website}`] : []),
    ...(contact.address ? [`ADR:;;${escapeComponent(contact.address.local)};;;;`] : []),
    contactNote(contact, locale),
  ].filter((line) => line !== undefined);
  return card(lines);
}

/**
 * Several contacts' numbers in one card, each number labelled with its
 * contact's short name (grouped `X-ABLabel`, which phone address books show
 * as the number's label).
 */
export function combinedVcard(name: string, contacts: readonly Contact[], locale: Locale): string {
  const lines = [`FN:${escapeText(name)}`];
  let item = 0;
  for (const contact of contacts) {
    const contactName = (contact.shortName ?? contact.name)[locale];
    for (const phone of savedPhones(contact)) {
      item += 1;
      const label = phone.label ? `${contactName} (${phone.label[locale]})` : contactName;
      lines.push(telProperty(phone, `item${item}`), `item${item}.X-ABLabel:${escapeText(label)}`);
    }
    if (contact.email) lines.push(`EMAIL:${contact.email}`);
  }
  return card(lines);
}
