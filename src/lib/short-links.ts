/**
 * Printed short links: `/go/<code>` in lowercase for people typing, and the
 * capitalised URL the QR codes carry (`HTTPS://HOST/GO/KR`), which fits QR
 * alphanumeric mode and so gives a smaller, easier-to-scan code.
 */

/** Lowercase ASCII letters and digits: the only characters a code may have. */
export const CODE_PATTERN = /^[a-z0-9]{1,12}$/;

export interface ShortLinkEntry {
  code: string;
  target: string;
  printed?: { edition: string; date: string };
}

/** The paths a code answers at: as typed, and as the QR code writes it. */
export function shortLinkPaths(code: string): { lower: string; upper: string } {
  return { lower: `/go/${code}`, upper: `/GO/${code.toUpperCase()}` };
}

/** The URL a QR code encodes: the whole URL in capitals. */
export function qrUrl(origin: string, code: string): string {
  return `${origin.toUpperCase()}${shortLinkPaths(code).upper}`;
}

/** The URL as printed in text under the code, for typing. */
export function typedUrl(origin: string, code: string): string {
  return `${origin.replace(/^https?:\/\//, '')}${shortLinkPaths(code).lower}`;
}

const LOCK_FILE = 'content/printed-links.json';

/**
 * Checks the registry against the record of printed codes: a printed code
 * must still exist, with the same target and print details, and every code
 * marked printed must be recorded.
 */
export function printedLinkProblems(registry: readonly ShortLinkEntry[], printed: readonly ShortLinkEntry[]): string[] {
  const byCode = new Map(registry.map((entry) => [entry.code, entry]));
  const recorded = new Set(printed.map((entry) => entry.code));
  const problems: string[] = [];
  for (const entry of printed) {
    const current = byCode.get(entry.code);
    if (!current) {
      problems.push(
        `content/links.yaml: ${entry.code}: was printed (${entry.printed?.edition}) and must not be removed or renamed`,
      );
    } else if (current.target !== entry.target) {
      problems.push(
        `content/links.yaml: ${entry.code}.target: was printed leading to "${entry.target}" and must keep leading there`,
      );
    } else if (JSON.stringify(current.printed) !== JSON.stringify(entry.printed)) {
      problems.push(
        `content/links.yaml: ${entry.code}.printed: differs from what ${LOCK_FILE} recorded when it was printed`,
      );
    }
  }
  for (const entry of registry) {
    if (entry.printed && !recorded.has(entry.code)) {
      problems.push(`content/links.yaml: ${entry.code}.printed: is not yet recorded in ${LOCK_FILE}; run "npm run qr"`);
    }
  }
  return problems;
}

/** The record of printed codes with newly printed ones appended; nothing is ever dropped or changed. */
export function recordPrinted(
  registry: readonly ShortLinkEntry[],
  printed: readonly ShortLinkEntry[],
): ShortLinkEntry[] {
  const recorded = new Set(printed.map((entry) => entry.code));
  const added = registry
    .filter((entry) => entry.printed && !recorded.has(entry.code))
    .map(({ code, target, printed: details }) => ({ code, target, printed: details }));
  return [...printed, ...added];
}
