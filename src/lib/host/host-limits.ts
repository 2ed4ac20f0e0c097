/**
 * The limits the hosts the README names put on `_headers` and `_redirects`.
 * Cloudflare Pages does not refuse a file over them: it drops the rules past
 * the limit and deploys, so a site could go out without its security headers
 * or its short-link spellings. The build checks them first.
 *
 * Cloudflare Pages, https://developers.cloudflare.com/pages/platform/limits/ :
 * "A `_headers` file can have a maximum of 100 header rules." and "An
 * individual header in a `_headers` file can have a maximum of 2,000
 * characters." (its Workers static-assets limits say the same of "each line
 * … including spacing, header name, and value", which is what is counted here).
 * https://developers.cloudflare.com/pages/configuration/redirects/ : "A
 * `_redirects` file is limited to 2,000 static redirects and 100 dynamic
 * redirects … Each redirect declaration has a 1,000-character limit." and
 * "Static redirects should appear before dynamic redirects."
 *
 * Netlify, https://docs.netlify.com/manage/routing/redirects/overview/ and
 * https://docs.netlify.com/manage/routing/headers/ , documents no count for
 * either file; a redirect configuration too large for it fails the deploy
 * openly. Cloudflare's limits are the ones that bind.
 */

export const HEADERS_LIMITS = { rules: 100, lineCharacters: 2000 } as const;
export const REDIRECTS_LIMITS = { static: 2000, dynamic: 100, lineCharacters: 1000 } as const;

const HOST = 'Cloudflare Pages';
const count = (value: number) => value.toLocaleString('en');

/** The lines of a file that are rules, with their line numbers: no blank lines, no comments. */
function ruleLines(text: string): { line: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.trim().startsWith('#'));
}

function longLines(file: string, text: string, limit: number): string[] {
  return ruleLines(text)
    .filter(({ line }) => line.length > limit)
    .map(
      ({ line, number }) =>
        `${file} line ${number}: ${count(line.length)} characters (${line.trim().slice(0, 40)}…); ${HOST} reads at most ${count(limit)} characters a line`,
    );
}

/** One line per limit `_headers` (its text, named `file`) goes over; none when it fits. */
export function headersLimitProblems(text: string, file = '_headers'): string[] {
  // A rule starts with its URL pattern at the start of a line; its headers are indented.
  const rules = ruleLines(text).filter(({ line }) => !/^\s/.test(line)).length;
  const problems =
    rules > HEADERS_LIMITS.rules
      ? [
          `${file}: ${count(rules)} header rules; ${HOST} reads at most ${count(HEADERS_LIMITS.rules)} and drops the rest`,
        ]
      : [];
  return [...problems, ...longLines(file, text, HEADERS_LIMITS.lineCharacters)];
}

/** A redirect is dynamic when its source has a splat (`*`) or a placeholder (`:name`). */
function isDynamic(line: string): boolean {
  const source = line.trim().split(/\s+/)[0] ?? '';
  return source.includes('*') || /\/:[A-Za-z]/.test(source);
}

/** One line per limit `_redirects` (its text, named `file`) goes over; none when it fits. */
export function redirectsLimitProblems(text: string, file = '_redirects'): string[] {
  const rules = ruleLines(text);
  const dynamic = rules.filter(({ line }) => isDynamic(line));
  const staticCount = rules.length - dynamic.length;
  const problems: string[] = [];
  if (staticCount > REDIRECTS_LIMITS.static) {
    problems.push(
      `${file}: ${count(staticCount)} static redirects; ${HOST} reads at most ${count(REDIRECTS_LIMITS.static)} and drops the rest`,
    );
  }
  if (dynamic.length > REDIRECTS_LIMITS.dynamic) {
    problems.push(
      `${file}: ${count(dynamic.length)} dynamic redirects (with * or :name); ${HOST} reads at most ${count(REDIRECTS_LIMITS.dynamic)} and drops the rest`,
    );
  }
  const firstDynamic = dynamic[0]?.number ?? Infinity;
  const lateStatic = rules.filter(({ line, number }) => number > firstDynamic && !isDynamic(line));
  if (lateStatic.length > 0) {
    problems.push(
      `${file} line ${lateStatic[0]!.number}: ${count(lateStatic.length)} static redirects after the dynamic one on line ${firstDynamic}; ${HOST} wants every static redirect first`,
    );
  }
  return [...problems, ...longLines(file, text, REDIRECTS_LIMITS.lineCharacters)];
}
