/**
 * What a production build needs of `SITE_ORIGIN`: the site's public https
 * address. Without it every canonical link, share link, feed and preview
 * image would point at the local server, and a deploy made that way breaks
 * every shared link's preview. Local builds keep the local default.
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
