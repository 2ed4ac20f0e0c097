/**
 * What a production build needs: `SITE_ORIGIN`, the site's public https
 * address, and an editors' address for readers' reports that reaches
 * someone. Without the origin every canonical link, share link, feed and
 * preview image would point at the local server, and a deploy made that way
 * breaks every shared link's preview; with a reserved mail domain every
 * "this number didn't work" message would be lost. Local builds keep the
 * local defaults.
 */
import { isLocalOrigin, parseSiteOrigin } from '../pages/site.ts';

export const PRODUCTION_BUILD_COMMAND = 'SITE_ORIGIN=https://example.org npm run build:production';

const HOW = `set it to the site's public https address: ${PRODUCTION_BUILD_COMMAND}`;

/** Why `value` cannot be the origin of a production build, in one line; undefined when it can. */
export function productionOriginProblem(value: string | undefined): string | undefined {
  if (!value?.trim()) return `SITE_ORIGIN is not set; ${HOW}`;
  let origin: string;
  try {
    origin = parseSiteOrigin(value);
  } catch (error) {
    return `${(error as Error).message}; ${HOW}`;
  }
  if (isLocalOrigin(origin)) return `SITE_ORIGIN ${origin} is this machine, not the public site; ${HOW}`;
  if (!origin.startsWith('https:')) return `SITE_ORIGIN ${origin} is not https; ${HOW}`;
  return undefined;
}

/** Mail domains reserved for examples and tests (RFC 2606, RFC 6761): mail to them reaches nobody. */
const RESERVED_MAIL_DOMAIN = /(^|\.)(invalid|example|test|localhost|example\.(com|net|org))$/i;

/** Why readers' reports cannot go to `email` from the public site, in one line; undefined when they can. */
export function productionReportProblem(email: string, file: string): string | undefined {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!RESERVED_MAIL_DOMAIN.test(domain)) return undefined;
  return `${file}: email: "${email}" reaches nobody; set the editors' real address, where readers' reports of a number that did not work will arrive`;
}
