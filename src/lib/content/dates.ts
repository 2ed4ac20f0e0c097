/**
 * Dates in content: a full calendar date for when someone checked a contact,
 * and a possibly partial date (or none) for what a source itself states —
 * many sources give only a year, or no date at all.
 */

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The word used in content for a source that states no date. */
export const UNDATED = 'undated';

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = FULL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part in range. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (day !== undefined) return isCalendarDate(value);
  if (month !== undefined) return Number(month) >= 1 && Number(month) <= 12;
  return true;
}

/**
 * A date as YAML may give it: js-yaml turns an unquoted `2024-03-01` into a
 * `Date` at midnight UTC, while a quoted one stays a string. Returns the
 * `YYYY-MM-DD` (or partial) text either way.
 */
export function dateText(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}
