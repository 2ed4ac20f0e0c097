/**
 * Whether two ways of writing a number dial the same line: "02-798-3464" and
 * "+82 2 798 3464" do; so do a short code and the international form its
 * operator gives ("1345" and "+82-1345"). Sources and calls name numbers as
 * they write them; this is how they are matched to a contact's numbers.
 */
import { getCountryCallingCode } from 'libphonenumber-js/max';
import { PhoneError, resolvePhone, type CountryCode, type Phone } from './phone.ts';
import { isShortCodeShape } from './short-codes.ts';

const SEPARATORS = /[\s\-()./]/g;

/**
 * What a written number dials, as E.164 or a short code's digits; undefined
 * when it is no number of `country`.
 */
export function numberKey(written: string, country: CountryCode): string | undefined {
  try {
    const phone = resolvePhone({ number: written }, country);
    return phone.e164 ?? phone.written.replace(SEPARATORS, '');
  } catch (error) {
    if (!(error instanceof PhoneError)) throw error;
  }
  const compact = written.replace(SEPARATORS, '');
  const callingCode = `+${getCountryCallingCode(country)}`;
  const rest = compact.slice(callingCode.length);
  return compact.startsWith(callingCode) && isShortCodeShape(rest, country) ? rest : undefined;
}

/** A test for "is this written number the same line as `phone`?". */
export function numberMatcher(
  phone: Pick<Phone, 'e164' | 'written'>,
  country: CountryCode,
): (written: string) => boolean {
  const key = phone.e164 ?? phone.written.replace(SEPARATORS, '');
  return (written) => numberKey(written, country) === key;
}
