/**
 * The HTTP headers the site is served with, in one place: the security
 * headers every response carries, and how long each file may be cached.
 * The host files (`_headers`, the nginx server block) are generated from
 * this and from the built pages, so they cannot drift from the site.
 */
import type { Header, HeaderRule } from './headers-file.ts';
import { pagePath } from './static-host.ts';

/**
 * Browser features the site never uses, all denied. Only names Chromium
 * knows: an unknown name is reported as an error in the console.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Two years, without subdomains: the site does not decide for other services on its domain. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000';

/** The headers every response carries, `csp` being the site's Content-Security-Policy. */
export function securityHeaders(csp: string): Header[] {
  return [
    ['Content-Security-Policy', csp],
    ['Strict-Transport-Security', STRICT_TRANSPORT_SECURITY],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    // For browsers older than `frame-ancestors`: nobody may show the site inside their own page.
    ['X-Frame-Options', 'DENY'],
  ];
}

/** What the site's pages allow, from which the host's policy is made. */
export interface SitePolicySources {
  /** The directives every page's policy starts with: the `security.csp` configuration. */
  directives: readonly string[];
  /** Sources some page adds to `script-src` besides `'self'` (the search page's `'wasm-unsafe-eval'`). */
  scriptSources: readonly string[];
  /** The `'sha256-…'` hashes of every inline script, and of every inline style, the pages hold. */
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
}

/**
 * The policy for the HTTP header: the configured directives, then
 * `script-src` and `style-src` allowing what any page needs (the search
 * page's `'wasm-unsafe-eval'`, every page's inline code), so the header never
 * blocks what a page needs, while each page's own `<meta>` policy keeps it to
 * what that page needs. Adds `frame-ancestors 'none'`, which only a header
 * can carry.
 */
export function hostContentSecurityPolicy(site: SitePolicySources): string {
  if (site.directives.length === 0) throw new Error('the site configures no Content-Security-Policy directives');
  // Keywords first as written, then hashes sorted: the same pages give the same text.
  const sources = (keywords: readonly string[], hashes: readonly string[]) => [
    ...new Set(["'self'", ...keywords]),
    ...[...new Set(hashes)].sort(),
  ];
  return [
    ...site.directives,
    ['script-src', ...sources(site.scriptSources, site.scriptHashes)].join(' '),
    ['style-src', ...sources([], site.styleHashes)].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The editing screen's Content-Security-Policy (Decap CMS, served from the
 * site): its scripts from the site with `'unsafe-eval'`, which Decap needs;
 * the styles it writes into the page at run time; pictures from the site,
 * `data:`/`blob:` URLs and GitHub's avatars; and connections to the site and
 * `connect`, the Git host's API (or the local proxy of a test build) only.
 */
export function editingScreenPolicy(connect: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    ['connect-src', "'self'", ...connect].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The rules for the applications' paths (`/admin`, `/admin/*`): hosts apply
 * every matching rule, so each detaches the site's policy and its
 * `Cross-Origin-Opener-Policy` (signing in to the Git host opens a window
 * that must report back to the screen) and sets the screen's policy, and
 * keeps search engines away. The site's pages keep their headers exactly.
 */
export function applicationRules(routes: readonly string[], csp: string): HeaderRule[] {
  return routes.flatMap((route) =>
    [`/${route}`, `/${route}/*`].map((pattern) => ({
      pattern,
      detach: ['Content-Security-Policy', 'Cross-Origin-Opener-Policy'],
      headers: [
        ['Content-Security-Policy', csp],
        ['X-Robots-Tag', 'noindex'],
      ] as Header[],
    })),
  );
}

/** Files whose name changes whenever their content does: they may be kept for a year. */
export const IMMUTABLE_FILES = {
  directories: ['pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'],
  extensions: ['.pf_meta'],
} as const;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files are checked with the server on every use, so nobody keeps a changed number. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** How long a built file (its path relative to `dist/`) may be cached. */
export function cacheControlFor(file: string): string {
  const immutable =
    IMMUTABLE_FILES.directories.some((directory) => file.startsWith(directory)) ||
    IMMUTABLE_FILES.extensions.some((extension) => file.endsWith(extension));
  return immutable ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** Files in `dist/` the host reads as configuration and never serves. */
export const HOST_FILES = ['_headers', '_redirects'] as const;

/**
 * The rules of `_headers` for the built files: the security headers for
 * every path, and a `Cache-Control` for each file or whole directory. Hosts
 * join the values of a header set by two matching rules, so no two
 * `Cache-Control` rules ever match the same path: a directory gets one `/*`
 * rule when all its files are cached alike, and rules per file otherwise.
 */
export function headerRules(
  files: readonly string[],
  csp: string,
  applications: readonly HeaderRule[] = [],
): HeaderRule[] {
  const served = files.filter((file) => !(HOST_FILES as readonly string[]).includes(file)).sort();
  const cacheRules: HeaderRule[] = [];
  const visit = (directory: string, inside: readonly string[]) => {
    const values = new Set(inside.map(cacheControlFor));
    if (directory !== '' && values.size === 1) {
      cacheRules.push({ pattern: `/${directory}*`, headers: [['Cache-Control', [...values][0]!]] });
      return;
    }
    const subdirectories = new Map<string, string[]>();
    for (const file of inside) {
      const rest = file.slice(directory.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        cacheRules.push({ pattern: pagePath(file), headers: [['Cache-Control', cacheControlFor(file)]] });
      } else {
        const child = `${directory}${rest.slice(0, slash + 1)}`;
        subdirectories.set(child, [...(subdirectories.get(child) ?? []), file]);
      }
    }
    for (const [child, childFiles] of subdirectories) visit(child, childFiles);
  };
  visit('', served);
  return [{ pattern: '/*', headers: securityHeaders(csp) }, ...applications, ...cacheRules];
}
