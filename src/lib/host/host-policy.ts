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

type Directives = Map<string, string[]>;

function parsePolicy(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The policy for the HTTP header, from every page's `<meta>` policy: each
 * directive allows what any page allows (the search page's
 * `'wasm-unsafe-eval'`, every page's script and style hashes), so the header
 * never blocks what a page needs, while each page's own `<meta>` policy keeps
 * it to what that page needs. Adds `frame-ancestors 'none'`, which only a
 * header can carry.
 */
export function hostContentSecurityPolicy(pagePolicies: readonly string[]): string {
  if (pagePolicies.length === 0) throw new Error('no page carries a Content-Security-Policy');
  const union: Directives = new Map();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = union.get(name) ?? [];
      union.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  union.set('frame-ancestors', ["'none'"]);
  // Keywords first as written, then hashes sorted: the same pages give the same text.
  const ordered = (sources: string[]) => [
    ...sources.filter((source) => !source.startsWith("'sha")),
    ...sources.filter((source) => source.startsWith("'sha")).sort(),
  ];
  return [...union].map(([name, sources]) => [name, ...ordered(sources)].join(' ')).join('; ');
}

/** The Content-Security-Policy of a built page, from its `<meta http-equiv>`. */
export function pagePolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");
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
export function headerRules(files: readonly string[], csp: string): HeaderRule[] {
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
  return [{ pattern: '/*', headers: securityHeaders(csp) }, ...cacheRules];
}
