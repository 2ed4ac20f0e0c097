/**
 * Writes the host configuration for the built site into `dist/`: `_headers`
 * (security headers and caching, with the Content-Security-Policy every page
 * needs) and `_redirects` (other spellings of the short links, and the 404
 * page of short links that do not exist), both read by Netlify and Cloudflare
 * Pages. Made from the built files, the inline code of the pages (as the
 * first read of the pages found it, src/lib/pages/built-pages.ts), and what
 * the pages recorded as they rendered: the sources their scripts need, the
 * short-link codes that have pages, and the former slugs of destinations. The nginx server block in `deploy/`
 * is made from these two files by `npm run headers`. A file over what the hosts read stops the build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/checks/built-files.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { formatHeadersFile, parseHeadersFile, type HeaderRule } from '../lib/host/headers-file.ts';
import { headersLimitProblems, redirectsLimitProblems } from '../lib/host/host-limits.ts';
import { backendOrigins, cmsBackend } from '../lib/admin/backend.ts';
import {
  applicationRules,
  editingScreenPolicy,
  headerRules,
  hostContentSecurityPolicy,
  type SitePolicySources,
} from '../lib/host/host-policy.ts';
import { APPLICATIONS, publicFiles } from '../lib/site-map.ts';
import type { BuiltPages } from '../lib/pages/built-pages.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locales.ts';
import { nginxServerBlock } from '../lib/host/nginx-config.ts';
import { movedDestinations, scriptSources, shortLinkCodes } from '../lib/pages/render-records.ts';
import {
  formatRedirectsFile,
  movedDestinationRedirects,
  parseRedirectsFile,
  shortLinkNotFoundRules,
  shortLinkRedirects,
  type Redirect,
} from '../lib/host/redirects-file.ts';
import { contentSecurityPolicy } from './csp.ts';

export interface HostConfig {
  csp: string;
  headerRules: HeaderRule[];
  redirects: Redirect[];
}

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const GENERATED = 'Generated from the built site by the build (src/integrations/host-config.ts); do not edit.';

/** The redirects for the short links whose codes have pages, and for destinations that moved (former slug → slug). */
export function siteRedirects(codes: readonly string[], moves: ReadonlyMap<string, string>): Redirect[] {
  // Exact redirects first: Netlify applies the first rule that matches.
  return [
    ...shortLinkRedirects(codes, OTHER_LOCALES),
    ...movedDestinationRedirects(moves, LOCALES),
    ...shortLinkNotFoundRules(OTHER_LOCALES),
  ];
}

/** The rules giving the applications (the editing screen) their own headers, for the backend the build saves to. */
export function siteApplicationRules(): HeaderRule[] {
  return applicationRules(
    Object.values(APPLICATIONS).map((application) => application.route),
    editingScreenPolicy(backendOrigins(cmsBackend(process.env))),
  );
}

/** The configuration for the built `files` of a site whose pages allow `policy`, with these short links and moves. */
function hostConfigFor(site: {
  files: readonly string[];
  policy: SitePolicySources;
  shortLinkCodes: readonly string[];
  movedDestinations: ReadonlyMap<string, string>;
}): HostConfig {
  const csp = hostContentSecurityPolicy(site.policy);
  return {
    csp,
    headerRules: headerRules(site.files, csp, siteApplicationRules()),
    redirects: siteRedirects(site.shortLinkCodes, site.movedDestinations),
  };
}

/**
 * What the pages of `dist` allow: the configured directives, the sources
 * pages recorded, and the inline code of the pages `builtPages` read, which
 * must be every public page of `files`. The applications have a policy of
 * their own; the site's covers only its public pages.
 */
function builtPolicy(files: readonly string[], builtPages: BuiltPages): SitePolicySources {
  const read = new Set(builtPages.pages);
  const unread = publicFiles(files).filter((file) => file.endsWith('.html') && !read.has(file));
  if (unread.length > 0) {
    throw new Error(`Pages written after the pages were read have no inline code in the policy: ${unread.join(', ')}`);
  }
  const { scripts, styles } = builtPages.inlineCode;
  return {
    directives: contentSecurityPolicy.directives ?? [],
    scriptSources: [...scriptSources.all().values()].flat(),
    scriptHashes: [...scripts],
    styleHashes: [...styles],
  };
}

/** The configuration the build wrote into `dist` as `_headers` and `_redirects`. */
export function writtenHostConfig(dist: string): HostConfig {
  const read = (file: string) => {
    const path = join(dist, file);
    if (!existsSync(path)) throw new Error(`dist/${file} is missing: build the site first with "npm run build".`);
    return readFileSync(path, 'utf8');
  };
  const rules = parseHeadersFile(read('_headers'));
  const csp = rules
    .find((rule) => rule.pattern === '/*')
    ?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
  if (!csp) throw new Error('dist/_headers: has no Content-Security-Policy for /*');
  return { csp, headerRules: rules, redirects: parseRedirectsFile(read('_redirects')) };
}

export function headersFileText(config: HostConfig): string {
  return formatHeadersFile(config.headerRules, [GENERATED]);
}

export function redirectsFileText(config: HostConfig): string {
  return formatRedirectsFile(config.redirects, [GENERATED]);
}

export function nginxFileText(config: HostConfig): string {
  return nginxServerBlock({
    csp: config.csp,
    headerRules: config.headerRules,
    redirects: config.redirects,
    otherLocales: OTHER_LOCALES,
  });
}

/** Writes the host configuration, allowing the inline code of the pages `builtPages` read. */
export function hostConfig(builtPages: BuiltPages): AstroIntegration {
  return {
    name: 'site:host-config',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = listFiles(dist);
        const config = hostConfigFor({
          files,
          policy: builtPolicy(files, builtPages),
          shortLinkCodes: [...shortLinkCodes.all().keys()],
          movedDestinations: movedDestinations.all(),
        });
        const headers = headersFileText(config);
        const redirects = redirectsFileText(config);
        const problems = [
          ...headersLimitProblems(headers, 'dist/_headers'),
          ...redirectsLimitProblems(redirects, 'dist/_redirects'),
        ];
        if (problems.length > 0) {
          throw new ContentError('The host configuration is over what a host reads; it would drop rules:', problems);
        }
        writeFileSync(join(dist, '_headers'), headers);
        writeFileSync(join(dist, '_redirects'), redirects);
        logger.info(`Wrote _headers (${config.headerRules.length} rules) and _redirects (${config.redirects.length}).`);
      },
    },
  };
}
