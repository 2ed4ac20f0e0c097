/**
 * Rules for showing a contact that every page shares: which numbers may be
 * called from the site, how a number becomes a `tel:` link, and how a source
 * is named.
 */

/** See the publishing policy in DESIGN.md: an unconfirmed number is never offered as a call. */
export function isCallable(status: 'confirmed' | 'single-source' | 'unconfirmed'): boolean {
  return status !== 'unconfirmed';
}

/**
 * The `tel:` URI of a number (RFC 3966). Short codes are local numbers and
 * are dialled as written; visual separators are dropped.
 */
export function telHref(number: string): string {
  const dialable = number.replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(dialable)) {
    throw new Error(
      `"${number}" cannot be dialled: only digits, an optional leading +, spaces, dashes, dots and brackets are allowed`,
    );
  }
  return `tel:${dialable}`;
}

/** A short name for a source: its host without `www.`, as a reader would recognise it. */
export function sourceName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

const STATUS_ORDER = { confirmed: 0, 'single-source': 1, unconfirmed: 2 } as const;

/** Sorts contacts as the site lists them: callable before unconfirmed, then by number. */
export function byPublishingOrder(
  a: { status: keyof typeof STATUS_ORDER; number: string },
  b: { status: keyof typeof STATUS_ORDER; number: string },
): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.number.localeCompare(b.number, 'en', { numeric: true });
}
