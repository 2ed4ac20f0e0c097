/**
 * How a static host maps a URL path onto the built files in `dist/`, written
 * once so the local server and the link checker agree with each other and with
 * the hosts the site deploys to (nginx `try_files $uri $uri.html $uri/index.html`,
 * Netlify and Cloudflare Pages "pretty URLs").
 */
import { parseLocalePath, localePath } from '../locales.ts';
import { pageAddress } from '../pages/page-address.ts';

/**
 * The files, relative to `dist/`, that may answer a URL path, in the order a
 * host tries them. Returns `[]` for a path that must never be served (one that
 * climbs out of `dist/` or names a hidden file).
 */
export function candidateFiles(pathname: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return [];
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.') || segment.includes('\\'))) return [];
  const path = segments.join('/');
  if (path === '') return ['index.html'];
  return [path, `${path}.html`, `${path}/index.html`];
}

/** The URL path a built page answers at: `en/about.html` → `/en/about`, `index.html` → `/`. */
export function pagePath(file: string): string {
  return pageAddress(`/${file}`);
}

/** The 404 page in the language of the path that was not found. */
export function notFoundFile(pathname: string): string {
  const { locale } = parseLocalePath(pathname);
  return `${localePath(locale, '404').slice(1)}.html`;
}

/**
 * The path a host redirects to, if any: pages live without a trailing slash,
 * so `/en/about/` answers with a redirect to `/en/about`.
 */
export function canonicalRedirect(pathname: string): string | undefined {
  if (pathname.length > 1 && pathname.endsWith('/')) return pathname.replace(/\/+$/, '') || '/';
  return undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  wasm: 'application/wasm',
  vcf: 'text/vcard; charset=utf-8',
};

/** The `Content-Type` for a file name; unknown types are served as bytes. */
export function contentType(file: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
