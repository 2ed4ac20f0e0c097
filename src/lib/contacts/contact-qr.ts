/**
 * The contact QR code: a destination's key numbers as one vCard inside a QR
 * code, so a phone camera offers to save them with no data at all, even where
 * the site is blocked. Printed on the passport insert and offered as a
 * download on each help card.
 *
 * Written in ASCII only. A QR code's byte mode has no agreed character set:
 * the standard's default is ISO 8859-1, a UTF-8 designator (ECI 26) trips up
 * some scanners, and without one each scanner guesses — iOS Camera has shown
 * UTF-8 vCard names garbled, as have some Android makers' scanners. Latin
 * letters read the same in every scanner, and take half the bytes of
 * Cyrillic, so the code stays smaller. Mongolian names are written as
 * Mongolians type them on phones without a Cyrillic keyboard ("Tsagdaa",
 * "Elchin saidyn yam").
 */
import type { Locale } from '../locales.ts';
import { latinSpellings } from '../pages/transliterate.ts';
import { type Contact, type ContactPhone, isCallable, type MissionKind } from './contacts.ts';
import { cardContacts, type Destination, type HelpCard, stripContacts } from './destinations.ts';
import type { CountryCode } from './phone.ts';

/** One number in the code: what it is, the number as dialled, and as written for a reader. */
export interface QrLine {
  label: string;
  /** Digits with an optional leading +, as a `tel:` link dials it: `112`, `+8227983464`. */
  dial: string;
  /** As printed beside the code: `112`, `+82 2 798 3464`. */
  written: string;
}

/**
 * Error correction of the printed code: M restores 15 % of the code, enough
 * for a crease or a worn corner on a card that lives for years in a passport;
 * L (7 %) would save two versions but not survive a fold across the code.
 * The same level as the short link's code beside it.
 */
export const PRINTED_QR_LEVEL = 'M';

/**
 * Error correction of the downloaded code: L. It is shown on a screen or
 * printed at home, never creased or worn, so the smallest code — fewer,
 * larger modules at the same size on screen — reads best.
 */
export const DOWNLOAD_QR_LEVEL = 'L';

/** A text in printable ASCII: Mongolian Cyrillic as typed in Latin letters, other letters without accents. */
export function asciiText(text: string): string {
  const latin = text.replace(/[\p{Script=Cyrillic}]+/gu, (word) => {
    const spelled = latinSpellings(word)[0]!;
    return word[0] === word[0]!.toLowerCase() ? spelled : spelled.charAt(0).toUpperCase() + spelled.slice(1);
  });
  return latin
    .normalize('NFKD')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Escapes a vCard 3.0 text value (RFC 2426 §5): backslash, comma and
 * newlines. A semicolon, which readers split on differently in plain and
 * compound values, becomes a comma.
 */
function escapeValue(value: string): string {
  return value
    .replace(/;/g, ',')
    .replace(/[\\,]/g, (character) => `\\${character}`)
    .replace(/\r?\n/g, '\\n');
}

/**
 * The vCard the code holds: version 3.0, which every camera app reads (some
 * read 4.0's text wrongly), one contact named `name` with a TEL per number,
 * and a NOTE naming each number, since no label on a TEL survives every
 * scanner. CRLF line ends, as RFC 2426 asks; long lines are not folded
 * (folding is only recommended there), since a reader that does not unfold
 * would cut the note short.
 */
export function contactQrText(name: string, lines: readonly QrLine[]): string {
  const ascii = asciiText(name);
  const unique = lines.filter((line, index) => lines.findIndex((each) => each.dial === line.dial) === index);
  return (
    [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${escapeValue(ascii)};;;;`,
      `FN:${escapeValue(ascii)}`,
      ...unique.map((line) => `TEL:${line.dial}`),
      `NOTE:${escapeValue(unique.map((line) => `${asciiText(line.label)} ${line.written}`).join('\n'))}`,
      'END:VCARD',
    ].join('\r\n') + '\r\n'
  );
}

/** The number a phone dials from inside `here`: its own link there, its international form from elsewhere. */
function dialFrom(phone: ContactPhone, contactCountry: CountryCode, here: CountryCode) {
  if (!isCallable(phone) || phone.line !== 'voice') return undefined;
  if (contactCountry === here) return { href: phone.href, written: phone.written };
  if (phone.reach !== 'anywhere') return undefined;
  return phone.abroad
    ? { href: phone.abroad.href, written: phone.abroad.international }
    : { href: phone.href, written: phone.international };
}

/**
 * Every voice number of `contacts` that can be dialled from inside `here`, in
 * their order: what the downloadable code holds. Faxes, texts and messaging
 * accounts are left out; an address book offers every number as a call.
 * Each is named as the emergency strip names it — its short name, or a
 * mission's kind — which keeps the code small.
 */
export function voiceLines(
  contacts: readonly Contact[],
  here: CountryCode,
  locale: Locale,
  missionKinds: Readonly<Record<MissionKind, string>>,
): QrLine[] {
  return contacts.flatMap((contact) => {
    const name =
      contact.shortName?.[locale] ?? (contact.mission ? missionKinds[contact.mission.kind] : contact.name[locale]);
    return contact.phones.flatMap((phone) => {
      const dial = dialFrom(phone, contact.country, here);
      if (!dial) return [];
      return [
        {
          label: phone.label ? `${name} (${phone.label[locale]})` : name,
          dial: dial.href.replace(/^tel:/, ''),
          written: dial.written,
        },
      ];
    });
  });
}

/**
 * The contacts of a help card in the order the downloadable code holds them:
 * the key lines first — the emergency number, a line in Mongolian, her
 * embassy, as the emergency strip has them — since some Android scanners
 * save only a contact's first three numbers; then the rest of the card.
 */
export function downloadQrContacts(
  destination: Destination,
  card: HelpCard,
  contactsById: ReadonlyMap<string, Contact>,
): Contact[] {
  const key = stripContacts(destination, contactsById);
  return [...key, ...cardContacts(card).filter((contact) => !key.includes(contact))];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The download: the code, and under it the contact's name and each number as
 * text in the page's language, so the picture says what it holds to someone
 * who looks at it rather than scans it. `qrSvg` is the code as `qrcode`
 * draws it, `modules` a side including its quiet zone; the picture is drawn
 * in module units.
 */
export function labelledQrSvg(qrSvg: string, modules: number, title: string, lines: readonly QrLine[]): string {
  const fontSize = 2.4;
  const lineHeight = fontSize * 1.4;
  const texts = [title, ...lines.map((line) => `${line.label}: ${line.written}`)];
  // About 0.6 em a character in a sans-serif: wide enough that the longest line is not cut.
  const width = Math.max(modules, Math.ceil(Math.max(...texts.map((text) => [...text].length)) * fontSize * 0.6) + 8);
  const height = modules + texts.length * lineHeight + fontSize;
  const code = qrSvg.replace(
    /^<svg /,
    `<svg x="${(width - modules) / 2}" y="0" width="${modules}" height="${modules}" `,
  );
  const rows = texts
    .map(
      (text, index) =>
        `<text x="4" y="${(modules + (index + 0.8) * lineHeight).toFixed(1)}"${index === 0 ? ' font-weight="bold"' : ''}>${escapeXml(text)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height.toFixed(1)}" width="${width * 4}" height="${Math.round(height * 4)}"><title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#fff"/>${code}<g font-family="sans-serif" font-size="${fontSize}" fill="#000">${rows}</g></svg>\n`;
}
