/**
 * The nginx server block for the site, generated from the same policy as
 * `_headers` (src/lib/host/host-policy.ts) and the same redirects as `_redirects`,
 * so a server run with nginx answers exactly as Netlify or Cloudflare Pages.
 */
import { headersFor, type Header, type HeaderRule } from './headers-file.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, IMMUTABLE_FILES, securityHeaders } from './host-policy.ts';
import type { Redirect } from './redirects-file.ts';

/** The lines a deployment changes, between these markers; everything else is generated. */
export const DEPLOYMENT_START = '# --- Deployment: edit these lines for your server ---';
export const DEPLOYMENT_END = '# --- End of deployment lines ---';

const DEPLOYMENT_EXAMPLE = [
  'listen 443 ssl http2;',
  'listen [::]:443 ssl http2;',
  'server_name example.org;',
  'ssl_certificate /etc/ssl/certs/example.org.pem;',
  'ssl_certificate_key /etc/ssl/private/example.org.key;',
  'root /srv/site/dist;',
];

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function addHeaders(headers: readonly Header[]): string[] {
  // `always`: error pages and redirects carry the policy too.
  return headers.map(([name, value]) =>
    value.startsWith('$') ? `add_header ${name} ${value} always;` : `add_header ${name} ${quoted(value)} always;`,
  );
}

function block(opening: string, lines: readonly string[]): string[] {
  return [`${opening} {`, ...lines.map((line) => `    ${line}`), '}'];
}

export interface NginxOptions {
  /** The site's Content-Security-Policy header, from `hostContentSecurityPolicy`. */
  csp: string;
  /** The rules of `_headers`: a redirect carries the headers they give its path, as on other hosts. */
  headerRules: readonly HeaderRule[];
  redirects: readonly Redirect[];
  /** Locales with their own 404 page under `/<locale>/`. */
  otherLocales: readonly string[];
}

const CACHE_VARIABLE = '$site_cache_control';

/**
 * Headers that a part of the site replaces (the editing screen's policy):
 * sent from a variable that its location sets again, since a location's own
 * `add_header` would drop all of the server's.
 */
const REPLACEABLE: Record<string, string> = {
  'content-security-policy': '$site_csp',
  'cross-origin-opener-policy': '$site_coop',
  'x-robots-tag': '$site_robots',
};

/** The server's headers, those a location may replace sent from their variables, with the lines setting them. */
function serverHeaders(csp: string): { sets: string[]; headers: Header[] } {
  const headers: Header[] = [...securityHeaders(csp), ['X-Robots-Tag', '']];
  const sets = headers
    .filter(([name]) => REPLACEABLE[name.toLowerCase()])
    .map(([name, value]) => `set ${REPLACEABLE[name.toLowerCase()]} ${quoted(value)};`);
  return {
    sets,
    headers: headers.map(([name, value]) => [name, REPLACEABLE[name.toLowerCase()] ?? value] as Header),
  };
}

/** A location for each part of the site whose rules detach headers (`/admin`, `/admin/*`), setting its own. */
function applicationLocations(rules: readonly HeaderRule[], pages: string[]): string[] {
  const replacing = rules.filter((rule) => (rule.detach ?? []).length > 0);
  return replacing.flatMap((rule) => {
    const sets = [
      ...(rule.detach ?? []).map((name) => ({ name, value: '' })),
      ...rule.headers.map(([name, value]) => ({ name, value })),
    ]
      .reverse()
      .filter(
        ({ name }, index, all) => all.findIndex((each) => each.name.toLowerCase() === name.toLowerCase()) === index,
      )
      .reverse()
      .map(({ name, value }) => {
        const variable = REPLACEABLE[name.toLowerCase()];
        if (!variable) throw new Error(`${rule.pattern}: nginx cannot replace ${name} for it`);
        return `set ${variable} ${quoted(value)};`;
      });
    const location = rule.pattern.endsWith('/*') ? `^~ ${rule.pattern.slice(0, -1)}` : `= ${rule.pattern}`;
    return block(`location ${location}`, [...sets, ...pages]);
  });
}

/** Types Debian's mime.types does not know: phones open a vCard, and browsers read a manifest, only with these. */
const TYPES_NGINX_LACKS: Record<string, string> = {
  vcf: 'text/vcard; charset=utf-8',
  webmanifest: 'application/manifest+json',
};

/** Sets the `Cache-Control` of responses from a location; the server's `add_header` sends it. */
function cacheControl(value: string): string {
  return `set ${CACHE_VARIABLE} ${quoted(value)};`;
}

/**
 * The server block. A location with an `add_header` of its own would drop
 * the server's, so locations set a variable for `Cache-Control` instead, and
 * nginx leaves out a header whose value is empty.
 */
export function nginxServerBlock({ csp, headerRules, redirects, otherLocales }: NginxOptions): string {
  const pages = (notFound: string) => [
    cacheControl(CACHE_REVALIDATE),
    // A page is its .html file, with no redirect: one round trip less on a bad connection.
    'try_files $uri $uri.html $uri/index.html =404;',
    `error_page 404 ${notFound};`,
  ];
  const immutable = [cacheControl(CACHE_IMMUTABLE), 'try_files $uri =404;'];
  const redirectCache = (from: string) =>
    headersFor(headerRules, from)
      .filter(([name]) => name.toLowerCase() === 'cache-control')
      .map(([, value]) => cacheControl(value));
  const body = [
    DEPLOYMENT_START,
    ...DEPLOYMENT_EXAMPLE,
    DEPLOYMENT_END,
    '',
    'server_tokens off;',
    '# Location: /go/kr, not http://host:port/go/kr, whatever proxy stands in front.',
    'absolute_redirect off;',
    'error_page 404 /404.html;',
    'gzip on;',
    'gzip_types text/css text/javascript application/javascript application/json application/xml image/svg+xml text/vcard;',
    '',
    `set ${CACHE_VARIABLE} "";`,
    ...serverHeaders(csp).sets,
    ...addHeaders([...serverHeaders(csp).headers, ['Cache-Control', CACHE_VARIABLE]]),
    '',
    '# Pages live without a trailing slash.',
    'rewrite ^(.+)/$ $1 permanent;',
    '',
    '# Other spellings of the short links (the same rules as _redirects).',
    ...redirects
      .filter(({ status }) => status !== 404)
      .map(({ from, to, status }) =>
        [`location = ${from} {`, ...redirectCache(from), `return ${status} ${to}; }`].join(' '),
      ),
    '',
    '# Read by other hosts as configuration; never served.',
    'location = /_headers { return 404; }',
    'location = /_redirects { return 404; }',
    '',
    ...block('location /', pages('/404.html')),
    ...applicationLocations(headerRules, pages('/404.html')),
    ...otherLocales.flatMap((locale) => block(`location /${locale}/`, pages(`/${locale}/404.html`))),
    // A short link that does not exist: the 404 page of its part of the site (`/GO/* /GO/404.html 404`).
    ...redirects
      .filter(({ status }) => status === 404)
      .flatMap(({ from, to }) => block(`location ${from.slice(0, -1)}`, pages(to))),
    ...IMMUTABLE_FILES.directories.flatMap((directory) => block(`location ^~ /${directory}`, immutable)),
    ...IMMUTABLE_FILES.extensions.flatMap((extension) =>
      block(`location ~ ${extension.replace(/\./g, '\\.')}$`, immutable),
    ),
    ...Object.entries(TYPES_NGINX_LACKS).flatMap(([extension, type]) =>
      block(`location ~ \\.${extension}$`, [
        `default_type ${quoted(type)};`,
        cacheControl(CACHE_REVALIDATE),
        'try_files $uri =404;',
      ]),
    ),
  ];
  return [
    '# nginx server block for the site, generated by "npm run headers" from the built site.',
    '# Do not edit it by hand, except the deployment lines; the tests fail when it no longer matches the build.',
    '# Include it in the http block of nginx.conf, for example from /etc/nginx/conf.d/.',
    ...block('server', body),
    '',
  ]
    .join('\n')
    .replace(/^ +$/gm, '');
}

/** The block with its deployment lines replaced, for a local server or a test. */
export function withDeployment(serverBlock: string, lines: readonly string[]): string {
  const start = serverBlock.indexOf(DEPLOYMENT_START);
  const end = serverBlock.indexOf(DEPLOYMENT_END);
  if (start === -1 || end === -1) throw new Error('the nginx server block has lost its deployment markers');
  return `${serverBlock.slice(0, start)}${lines.join('\n    ')}${serverBlock.slice(end + DEPLOYMENT_END.length)}`;
}
