/**
 * The shape of short numbers per country, used to catch typos in content
 * (a police number written "1022", a digit dropped from "1669"). These are
 * numbering-plan shapes, not facts to publish: every number the site shows
 * still needs its own source.
 *
 * libphonenumber-js validates full numbers but has no short-number data, and
 * the short-number metadata of Google's libphonenumber misses lines the
 * sources document (Mongolia's 4-digit 19xx and 1800-xxxx information lines),
 * so the shapes are kept here, one line per destination; the build stops when
 * a destination in content/countries/ has none.
 */
import type { CountryCode } from 'libphonenumber-js';

/** Where the shapes live, for messages: a new destination needs its shape added here. */
export const SHORT_CODES_FILE = 'src/lib/contacts/short-codes.ts';

export const SHORT_CODE_SHAPES: Partial<Record<CountryCode, RegExp>> = {
  // 101–112 emergency and helplines, 19xx service lines, 1800-xxxx information lines.
  MN: /^(?:1\d{2,3}|1800\d{4})$/,
  CN: /^1\d{2}$/,
  HK: /^(?:999|1\d{2,3})$/,
  MO: /^(?:999|1\d{2})$/,
  KR: /^1\d{2,3}$/,
  JP: /^1\d{2}$/,
  KZ: /^1\d{2}$/,
  MY: /^(?:999|1\d{2,4})$/,
  TH: /^1\d{2,3}$/,
  TR: /^1\d{2}$/,
  // 110 and 112, and the harmonised European 116xxx helplines.
  DE: /^(?:11\d|116\d{3})$/,
  CH: /^1\d{2}$/,
  // N11 codes, and 5–6 digit SMS short codes.
  US: /^(?:[2-9]11|\d{5,6})$/,
  CZ: /^1\d{2}$/,
  AE: /^(?:99\d|1\d{2})$/,
  RU: /^1\d{2}$/,
};

/** Whether `digits` has the shape of a short number in `country`; undefined if the country has no shape yet. */
export function isShortCodeShape(digits: string, country: CountryCode): boolean | undefined {
  const shape = SHORT_CODE_SHAPES[country];
  return shape ? shape.test(digits) : undefined;
}
