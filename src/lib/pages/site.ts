/**
 * The public origin of the site, in one place: canonical URLs, `hreflang`
 * alternates, the sitemap and printed QR codes all derive from it.
 *
 * Set `SITE_ORIGIN` (for example `https://example.org`) when building for
 * deployment. Without it the build targets the local server that
 * `npm start` runs, so links in a local build work locally.
 */
import { isApplicationFile, placeOfPage } from '../site-map.ts';

export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Parses and normalises a site origin; throws a readable error if it is not one. */
export function parseSiteOrigin(value: string | undefined): string {
  const raw = value?.trim() || LOCAL_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_ORIGIN: "${raw}" is not a URL; expected an origin such as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_ORIGIN: "${raw}" must use https (or http for a local build)`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(`SITE_ORIGIN: "${raw}" must be an origin only, with no path, query or fragment`);
  }
  return url.origin;
}

/** Whether an origin is the local default rather than a deployment's. */
export function isLocalOrigin(origin: string): boolean {
  const { hostname } = new URL(origin);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * Whether a page belongs in the sitemap and in search engines, as the site
 * map says of its section: not the 404s, the offline pages, the search page
 * or short links, which all carry `noindex`.
 */
export function isListedPage(pathname: string): boolean {
  return !isApplicationFile(pathname) && (placeOfPage(pathname)?.section.listed ?? true);
}
