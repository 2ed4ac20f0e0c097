/**
 * Numbers mentioned in running text (a contact's notes, a country's notes):
 * a number written there gets dialled as surely as a call button, so it must
 * be one the site publishes. This finds the phone-number-shaped strings.
 */

/** Digits in groups joined by spaces, dashes, dots, slashes or brackets, with an optional leading +. */
const NUMBER_SHAPE = /\+?\(?\d[\d\s\-./()]*\d/g;
const ISO_DATE = /^(?:19|20)\d{2}-\d{2}(?:-\d{2})?$/;
/** Clock times (9:00, 16:30) are blanked out first, so they never join a number. */
const CLOCK_TIME = /\d{1,2}:\d{2}/g;
const YEAR_RANGE = /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/;

/** Fewer digits than this are years, counts, hours or short codes, not phone numbers. */
const MIN_DIGITS = 6;

/** The phone-number-shaped strings in `text`, as written. */
export function numberMentions(text: string): string[] {
  return [...text.replace(CLOCK_TIME, ' ').matchAll(NUMBER_SHAPE)]
    .map((match) => match[0].trim())
    .filter((candidate) => !ISO_DATE.test(candidate) && !YEAR_RANGE.test(candidate))
    .filter((candidate) => candidate.replace(/\D/g, '').length >= MIN_DIGITS);
}

/**
 * The mentions in `text` that are none of `published` (each number's digits
 * as written locally, and in international form without the +).
 */
export function unpublishedMentions(text: string, published: ReadonlySet<string>): string[] {
  return numberMentions(text).filter((mention) => {
    const digits = mention.replace(/\D/g, '');
    return ![...published].some((known) => known === digits || known.endsWith(digits.replace(/^0+/, '')));
  });
}
