/**
 * Writes the host configuration for the built site into `dist/`: `_headers`
 * (security headers and caching, with the Content-Security-Policy every page
 * needs) and `_redirects` (other spellings of the short links, and the 404
 * page of short links that do not exist), both read by
 * Netlify and Cloudflare Pages. The nginx server block in `deploy/` is made
 * from the same parts by `npm run headers`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/checks/built-files.ts';
import { formatHeadersFile, type HeaderRule } from '../lib/host/headers-file.ts';
import { headerRules, hostContentSecurityPolicy, pagePolicy } from '../lib/host/host-policy.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locales.ts';
import { nginxServerBlock } from '../lib/host/nginx-config.ts';
import {
  formatRedirectsFile,
  shortLinkNotFoundRules,
  shortLinkRedirects,
  type Redirect,
} from '../lib/host/redirects-file.ts';

export interface HostConfig {
  csp: string;
  headerRules: HeaderRule[];
  redirects: Redirect[];
}

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const GENERATED = 'Generated from the built site by the build (src/integrations/host-config.ts); do not edit.';

/** The configuration the files in `dist` need. Throws when a page has no Content-Security-Policy. */
export function hostConfigFor(dist: string): HostConfig {
  // A finished build already holds _headers and _redirects (npm run headers reads one); headerRules leaves them out.
  const files = listFiles(dist);
  const policies = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const policy = pagePolicy(readFileSync(join(dist, file), 'utf8'));
      if (!policy) throw new Error(`dist/${file}: has no Content-Security-Policy <meta>; every page must carry one`);
      return policy;
    });
  const csp = hostContentSecurityPolicy(policies);
  const codes = files.flatMap((file) => /^go\/([a-z0-9]+)\.html$/.exec(file)?.[1] ?? []);
  // Exact redirects first: Netlify applies the first rule that matches.
  const redirects = [...shortLinkRedirects(codes, OTHER_LOCALES), ...shortLinkNotFoundRules(OTHER_LOCALES)];
  return { csp, headerRules: headerRules(files, csp), redirects };
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

export function hostConfig(): AstroIntegration {
  return {
    name: 'site:host-config',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const config = hostConfigFor(dist);
        writeFileSync(join(dist, '_headers'), headersFileText(config));
        writeFileSync(join(dist, '_redirects'), redirectsFileText(config));
        logger.info(`Wrote _headers (${config.headerRules.length} rules) and _redirects (${config.redirects.length}).`);
      },
    },
  };
}
