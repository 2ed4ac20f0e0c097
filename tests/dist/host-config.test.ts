/**
 * The host configuration shipped with the site matches the build, and
 * nginx with the shipped server block answers exactly as the local server
 * that applies `_headers` and `_redirects` (the one the browser tests use).
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve.ts';
import { listFiles } from '../../src/lib/checks/built-files.ts';
import { readContactFiles } from '../../src/loaders/content-files.ts';
import {
  headersFileText,
  nginxFileText,
  redirectsFileText,
  siteApplicationRules,
  siteRedirects,
  writtenHostConfig,
} from '../../src/integrations/host-config.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/host/headers-file.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, headerRules, HOST_FILES } from '../../src/lib/host/host-policy.ts';
import { inlineCodeHashes } from '../../src/lib/host/inline-code.ts';
import { headersLimitProblems, redirectsLimitProblems } from '../../src/lib/host/host-limits.ts';
import { parseRedirectsFile } from '../../src/lib/host/redirects-file.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';
import { builtFiles, DIST, pagePaths, pagePolicy } from '../support/dist.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NGINX_FILE = join(ROOT, 'deploy', 'nginx.conf');
const config = writtenHostConfig(DIST);
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const served = builtFiles()
  .map((file) => file.path)
  .filter((path) => !(HOST_FILES as readonly string[]).includes(path));

describe('host configuration', () => {
  it('covers the built files, the short links with pages and moved destinations, and the shipped nginx server block is up to date', async () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFileText(config));
    const everyFile = listFiles(DIST).filter((path) => !(HOST_FILES as readonly string[]).includes(path));
    expect(config.headerRules).toEqual(headerRules(everyFile, config.csp, siteApplicationRules()));
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toBe(redirectsFileText(config));
    // Read back from the pages' file names, as a check of the codes the pages recorded as they rendered.
    const codes = served.flatMap((file) => /^go\/([a-z0-9]+)\.html$/.exec(file)?.[1] ?? []);
    expect(codes.length).toBeGreaterThan(0);
    // And the destinations that moved, from their files.
    const moves = new Map(
      (await readContactFiles(ROOT)).destinations.flatMap((each) => each.formerSlugs.map((slug) => [slug, each.slug])),
    );
    expect(config.redirects).toEqual(siteRedirects(codes, moves));
    expect(
      readFileSync(NGINX_FILE, 'utf8') === nginxFileText(config),
      'deploy/nginx.conf no longer matches the build: run "npm run build && npm run headers" and commit it',
    ).toBe(true);
  });

  it('sends a strict Content-Security-Policy that allows what any page allows and runs, and no more', () => {
    const csp = config.csp;
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "worker-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    const scriptSources = /script-src ([^;]*)/.exec(csp)![1]!.split(' ');
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(scriptSources).toContain("'wasm-unsafe-eval'");
    const allowed = (name: string) => new RegExp(`(?:^|; )${name} ([^;]*)`).exec(csp)?.[1]?.split(' ') ?? [];
    const inHeader = { scripts: new Set<string>(), styles: new Set<string>() };
    for (const file of builtFiles().filter((built) => built.html !== undefined)) {
      const policy = pagePolicy(file.html!);
      expect(policy, `${file.path}: Content-Security-Policy <meta>`).toBeDefined();
      const page = new Map(
        policy!.split(';').flatMap((part) => {
          const [name, ...sources] = part.trim().split(/\s+/);
          return name ? [[name, sources] as const] : [];
        }),
      );
      // Other sources of the page's policy are the header's too (its hashes are checked below).
      for (const [name, sources] of page) {
        const missing = sources.filter((source) => !source.startsWith("'sha") && !allowed(name).includes(source));
        expect(missing, `${file.path}: ${name}`).toEqual([]);
      }
      const { scripts, styles } = inlineCodeHashes(file.html!);
      expect(
        scripts.filter((hash) => !page.get('script-src')!.includes(hash)),
        `${file.path}: scripts`,
      ).toEqual([]);
      expect(
        styles.filter((hash) => !page.get('style-src')!.includes(hash)),
        `${file.path}: styles`,
      ).toEqual([]);
      // And no hash of code the page does not hold: each is bytes sent before anything renders.
      const listed = (name: string) => (page.get(name) ?? []).filter((source) => source.startsWith("'sha"));
      expect(listed('script-src').sort(), `${file.path}: script hashes`).toEqual([...scripts].sort());
      expect(listed('style-src').sort(), `${file.path}: style hashes`).toEqual([...styles].sort());
      scripts.forEach((hash) => inHeader.scripts.add(hash));
      styles.forEach((hash) => inHeader.styles.add(hash));
    }
    const hashes = (name: string) => allowed(name).filter((source) => source.startsWith("'sha"));
    expect(hashes('script-src')).toEqual([...inHeader.scripts].sort());
    expect(hashes('style-src')).toEqual([...inHeader.styles].sort());
  });

  it('gives every file exactly one cache lifetime: a year for hashed files, none for the rest', () => {
    for (const file of served) {
      const path = pagePath(file);
      const matching = rules.filter(
        (rule) =>
          headersFor([rule], path).some(([name]) => name.toLowerCase() === 'cache-control') &&
          rule.headers.some(([name]) => name === 'Cache-Control'),
      );
      expect(matching, `${file}: rules setting Cache-Control`).toHaveLength(1);
      const expected = /^pagefind\/(fragment|index|filter)\/|\.pf_meta$/.test(file)
        ? CACHE_IMMUTABLE
        : CACHE_REVALIDATE;
      expect(matching[0]!.headers, file).toContainEqual(['Cache-Control', expected]);
    }
    // Cloudflare Pages reads at most 100 rules.
    expect(rules.length).toBeLessThanOrEqual(100);
  });

  it('redirects only spellings no page answers, to pages that exist, and answers missing short links with a 404 page', () => {
    const pages = new Set(pagePaths());
    const files = new Set(served);
    const redirects = parseRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8'));
    expect(redirects.length).toBeGreaterThan(0);
    for (const { from, to, status } of redirects) {
      if (status === 404) {
        // Cloudflare Pages ignores the rule and serves the nearest 404.html: the same file.
        expect(to, from).toBe(`${from.slice(0, -2)}/404.html`);
        expect(files.has(to.slice(1)), `${from} → ${to}`).toBe(true);
        continue;
      }
      expect(pages.has(from), from).toBe(false);
      expect(pages.has(to), `${from} → ${to}`).toBe(true);
    }
    expect(redirects.filter(({ status }) => status === 404).map(({ from }) => from)).toEqual(
      expect.arrayContaining(['/go/*', '/GO/*', '/en/go/*', '/en/GO/*']),
    );
  });

  it('stays within the hosts’ limits on header and redirect rules, the Content-Security-Policy line included', () => {
    // The Content-Security-Policy is the longest line; it grows with every inline script's or style's hash.
    expect(headersLimitProblems(readFileSync(join(DIST, '_headers'), 'utf8'))).toEqual([]);
    expect(redirectsLimitProblems(readFileSync(join(DIST, '_redirects'), 'utf8'))).toEqual([]);
  });
});

describe('nginx with deploy/nginx.conf', () => {
  let nginx: RunningNginx;
  let local: Server;
  let localOrigin: string;

  beforeAll(async () => {
    nginx = await startNginx(NGINX_FILE, DIST);
    const port = await freePort();
    local = await serveDist(DIST, port);
    localOrigin = `http://127.0.0.1:${port}`;
  }, 30_000);

  afterAll(async () => {
    await nginx?.stop();
    await new Promise((resolve) => local?.close(resolve));
  });

  /** The media type, with the names two servers give the same type made equal. */
  function mediaType(value: string | null): string | null {
    const type = value?.split(';')[0]!.trim() ?? null;
    return type === 'application/javascript' ? 'text/javascript' : type === 'text/xml' ? 'application/xml' : type;
  }

  async function answer(origin: string, path: string) {
    const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
    const body = Buffer.from(await response.arrayBuffer());
    const header = (name: string) => response.headers.get(name);
    const names = rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
    return {
      status: response.status,
      location: header('location'),
      type: response.status === 200 ? mediaType(header('content-type')) : null,
      ...Object.fromEntries([...new Set(names)].map((name) => [name, header(name)])),
      body: response.status === 301 ? '' : body.toString('base64'),
    } as Record<string, string | number | null>;
  }

  it('answers every file, page, redirect and missing path as the local server does', async () => {
    const paths = [
      ...served.map(pagePath),
      ...config.redirects.map(({ from }) => from),
      '/no-such-page',
      '/en/no-such-page',
      '/abroad/xx',
      '/GO/KORE',
      '/go/kore',
      '/en/GO/KR',
      '/en/GO/KORE',
      '/en/go/xx',
      '/EN/GO/KR',
      '/_headers',
      '/_redirects',
      // The editing screen, with headers of its own.
      '/admin',
      '/admin/cms.js',
      '/admin/guide',
      '/admin/audit',
    ];
    expect(paths.length).toBeGreaterThan(300);
    const differences: string[] = [];
    for (const path of paths) {
      const [fromNginx, fromLocal] = await Promise.all([answer(nginx.origin, path), answer(localOrigin, path)]);
      for (const key of Object.keys(fromLocal)) {
        // nginx answers a missing path from the 404 page's location, with its short cache lifetime.
        if (key === 'cache-control' && fromLocal.status === 404 && fromNginx[key] === CACHE_REVALIDATE) continue;
        if (fromNginx[key] !== fromLocal[key]) {
          const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 80);
          differences.push(`${path}: ${key}: nginx ${shown(fromNginx[key])}, expected ${shown(fromLocal[key])}`);
        }
      }
    }
    expect(differences).toEqual([]);
  }, 120_000);

  it('redirects a path with a trailing slash to the page, with the security headers', async () => {
    for (const [path, page] of [
      ['/en/about/', '/en/about'],
      ['/abroad/kr/', '/abroad/kr'],
    ]) {
      const response = await fetch(`${nginx.origin}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(page);
      expect(response.headers.get('content-security-policy')).toBe(config.csp);
    }
  });
});
