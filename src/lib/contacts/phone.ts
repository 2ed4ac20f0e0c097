/**
 * One phone-number rule for the whole site: a number as written locally
 * becomes a validated, dialable number, its `tel:` link and whether it can be
 * reached from abroad. Content schemas, pages, vCards and the open data all
 * use this module.
 */
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumberType } from 'libphonenumber-js';
import { isShortCodeShape, SHORT_CODES_FILE } from './short-codes.ts';

export type { CountryCode };

/**
 * Where a number works:
 * - `anywhere`: a full number, dialled in international form from any country;
 * - `in-country`: only from a phone inside its country (short codes, and lines the source says so of);
 * - `uncertain`: a full number of a kind that often cannot be dialled from abroad (toll-free, shared-cost).
 */
export type Reach = 'anywhere' | 'in-country' | 'uncertain';

/**
 * What a number is for: a voice line is a call button (`tel:`), an SMS line a
 * text (`sms:`), a WhatsApp account its documented `https://wa.me/` link; a fax
 * is never a link, since a call to a fax machine is a lost call.
 */
export const PHONE_LINES = ['voice', 'sms', 'whatsapp', 'fax'] as const;
export type PhoneLine = (typeof PHONE_LINES)[number];

export interface Phone {
  /** As written locally, for readers in the country. */
  written: string;
  /** How it is dialled: a full number or a short code; `sms` for a short code that takes texts. */
  kind: 'phone' | 'short-code' | 'sms';
  line: PhoneLine;
  /** E.164, for full numbers only: `+8227983464`. */
  e164?: string;
  /** How to write it for someone abroad: `+82 2 798 3464`; a short code as written. */
  international: string;
  /** The link that dials, texts or opens it; none for a fax. */
  href?: string;
  reach: Reach;
  /** A short code that its operator also opens to callers abroad, under this international form. */
  abroad?: { international: string; href: string };
}

export interface PhoneInput {
  /** The number as written locally, with the separators the source uses. */
  number: string;
  /**
   * What the source says about calling from abroad: `false` when it says the
   * line cannot be reached from abroad; for a short code, the international
   * form the source gives (such as "+82-1345").
   */
  fromAbroad?: boolean | string;
  /** What the number is for; a voice line when left out. */
  line?: PhoneLine;
}

export class PhoneError extends Error {
  override name = 'PhoneError';
}

/** Types that carriers commonly refuse to connect from abroad. */
const UNCERTAIN_FROM_ABROAD: ReadonlySet<PhoneNumberType> = new Set<PhoneNumberType>([
  'TOLL_FREE',
  'UAN',
  'SHARED_COST',
  'PREMIUM_RATE',
]);
const SEPARATORS = /[\s\-()./]/g;

/** The characters a printed number may contain: digits, a leading +, spaces, dashes, dots, slashes, brackets. */
function digitsOf(written: string): string {
  const compact = written.trim().replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) {
    throw new PhoneError(
      `"${written}" has characters other than digits, a leading +, spaces, dashes, dots, slashes and brackets`,
    );
  }
  return compact;
}

/**
 * Validates a number for its country and derives everything needed to show
 * and dial it. Throws a `PhoneError` that says what is wrong.
 */
export function resolvePhone(input: PhoneInput, country: CountryCode): Phone {
  if (!isSupportedCountry(country)) throw new PhoneError(`"${country}" is not a country code libphonenumber knows`);
  const { number: written, fromAbroad, line = 'voice' } = input;
  const compact = digitsOf(written);

  if (!compact.startsWith('+') && isShortCodeShape(compact, country)) {
    if (line === 'fax' || line === 'whatsapp') {
      throw new PhoneError(`"${written}" is a ${country} short code, which cannot be a ${line} number`);
    }
    return resolveShortCode(written, compact, country, fromAbroad, line === 'sms');
  }

  let parsed;
  try {
    parsed = parsePhoneNumberWithError(written, country);
  } catch {
    throw invalid(written, country);
  }
  if (!parsed.isValid()) throw invalid(written, country);
  if (parsed.country !== country) {
    throw new PhoneError(`"${written}" is a ${parsed.country ?? 'foreign'} number, not a ${country} one`);
  }
  if (typeof fromAbroad === 'string') {
    throw new PhoneError(`"${written}" is a full number: fromAbroad may only be false for it, not another number`);
  }
  const reach: Reach =
    fromAbroad === false
      ? 'in-country'
      : UNCERTAIN_FROM_ABROAD.has(parsed.getType() as PhoneNumberType) && fromAbroad !== true
        ? 'uncertain'
        : 'anywhere';
  const href = {
    voice: `tel:${parsed.number}`,
    sms: `sms:${parsed.number}`,
    whatsapp: `https://wa.me/${parsed.number.slice(1)}`,
    fax: undefined,
  }[line];
  return {
    written,
    kind: 'phone',
    line,
    e164: parsed.number,
    international: parsed.formatInternational(),
    ...(href && { href }),
    reach,
  };
}

function resolveShortCode(
  written: string,
  digits: string,
  country: CountryCode,
  fromAbroad: boolean | string | undefined,
  sms: boolean,
): Phone {
  const phone: Phone = {
    written,
    kind: sms ? 'sms' : 'short-code',
    line: sms ? 'sms' : 'voice',
    international: written,
    href: `${sms ? 'sms' : 'tel'}:${digits}`,
    reach: 'in-country',
  };
  if (fromAbroad === true) {
    throw new PhoneError(
      `"${written}" is a short code: give the international form its source states, such as "+${getCountryCallingCode(country)}-${digits}"`,
    );
  }
  if (typeof fromAbroad === 'string') {
    const abroad = digitsOf(fromAbroad);
    const expected = `+${getCountryCallingCode(country)}${digits}`;
    if (abroad !== expected) {
      throw new PhoneError(
        `fromAbroad "${fromAbroad}" does not match the short code: expected ${country}'s calling code and ${digits}, "${expected}"`,
      );
    }
    phone.abroad = { international: `+${getCountryCallingCode(country)} ${digits}`, href: `tel:${abroad}` };
    phone.reach = 'anywhere';
  }
  return phone;
}

function invalid(written: string, country: CountryCode): PhoneError {
  // Without a shape, every short number of the country is refused: say where the shape goes.
  const noShape =
    !written.trim().startsWith('+') && isShortCodeShape('0', country) === undefined
      ? `; ${SHORT_CODES_FILE} has no short-number shape for ${country} yet`
      : '';
  return new PhoneError(
    `"${written}" is neither a valid ${country} phone number nor a ${country} short code${noShape}`,
  );
}
