import { describe, expect, it } from 'vitest';
import { headersFor } from './headers-file.ts';
import {
  applicationRules,
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  editingScreenPolicy,
  headerRules,
  hostContentSecurityPolicy,
  securityHeaders,
  STRICT_TRANSPORT_SECURITY,
} from './host-policy.ts';

describe('hostContentSecurityPolicy', () => {
  const site = {
    directives: ["default-src 'self'", "object-src 'none'"],
    scriptSources: ["'wasm-unsafe-eval'", "'self'"],
    scriptHashes: ["'sha256-b='", "'sha256-a='", "'sha256-b='"],
    styleHashes: ["'sha256-s='"],
  };

  it('allows what any page needs, keywords first and hashes sorted, and forbids framing', () => {
    expect(hostContentSecurityPolicy(site)).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; " +
        "style-src 'self' 'sha256-s='; frame-ancestors 'none'",
    );
  });

  it('allows only the site itself where no page needs more', () => {
    expect(hostContentSecurityPolicy({ ...site, scriptSources: [], scriptHashes: [], styleHashes: [] })).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self'; style-src 'self'; frame-ancestors 'none'",
    );
  });

  it('refuses to make a policy without the configured directives', () => {
    expect(() => hostContentSecurityPolicy({ ...site, directives: [] })).toThrow(/no Content-Security-Policy/);
  });
});

describe('cache lifetimes', () => {
  it('keeps files named by their content for a year and revalidates everything else', () => {
    expect(cacheControlFor('pagefind/fragment/en_1a2b.pf_fragment')).toBe(CACHE_IMMUTABLE);
    expect(cacheControlFor('pagefind/pagefind.mn_cea61c5fab.pf_meta')).toBe(CACHE_IMMUTABLE);
    expect(cacheControlFor('pagefind/pagefind.js')).toBe(CACHE_REVALIDATE);
    expect(cacheControlFor('abroad/kr.html')).toBe(CACHE_REVALIDATE);
    expect(cacheControlFor('api/contacts.json')).toBe(CACHE_REVALIDATE);
  });
});

describe('headerRules', () => {
  const files = [
    'index.html',
    'about.html',
    'abroad.html',
    'abroad/kr.html',
    'abroad/kr.vcf',
    'pagefind/pagefind.js',
    'pagefind/pagefind.en_f7.pf_meta',
    'pagefind/fragment/en_1.pf_fragment',
    '_headers',
  ];
  const rules = headerRules(files, "default-src 'self'");

  it('sends the security headers everywhere', () => {
    expect(rules[0]).toEqual({ pattern: '/*', headers: securityHeaders("default-src 'self'") });
  });

  it('gives each file exactly one Cache-Control, grouping uniform directories', () => {
    expect(rules.slice(1).map((rule) => rule.pattern)).toEqual([
      '/about',
      '/abroad',
      '/',
      '/abroad/*',
      '/pagefind/pagefind.en_f7.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/*',
    ]);
    for (const [path, expected] of [
      ['/', CACHE_REVALIDATE],
      ['/abroad/kr', CACHE_REVALIDATE],
      ['/abroad/kr.vcf', CACHE_REVALIDATE],
      ['/pagefind/fragment/en_1.pf_fragment', CACHE_IMMUTABLE],
      ['/pagefind/pagefind.en_f7.pf_meta', CACHE_IMMUTABLE],
    ] as const) {
      const cache = headersFor(rules, path).filter(([name]) => name === 'Cache-Control');
      expect(cache, path).toEqual([['Cache-Control', expected]]);
    }
  });

  it('leaves the host’s own files out', () => {
    expect(rules.some((rule) => rule.pattern.includes('_headers'))).toBe(false);
  });
});

describe('the editing screen’s headers', () => {
  const site = "default-src 'self'; frame-ancestors 'none'";
  const screen = editingScreenPolicy(['https://api.github.com']);
  const rules = headerRules(['index.html', 'admin.html', 'admin/cms.js'], site, applicationRules(['admin'], screen));

  it('gives /admin and everything under it a policy of its own, no opener isolation, and noindex', () => {
    for (const path of ['/admin', '/admin/cms.js', '/admin/audit']) {
      const headers = new Map(headersFor(rules, path));
      expect(headers.get('Content-Security-Policy'), path).toBe(screen);
      expect(headers.has('Cross-Origin-Opener-Policy'), path).toBe(false);
      expect(headers.get('X-Robots-Tag'), path).toBe('noindex');
      expect(headers.get('Strict-Transport-Security'), path).toBe(STRICT_TRANSPORT_SECURITY);
    }
  });

  it('leaves the public pages’ headers as they were', () => {
    const without = headerRules(['index.html'], site);
    for (const path of ['/', '/about', '/administration', '/en/admin']) {
      expect(
        headersFor(rules, path).filter(([name]) => name !== 'Cache-Control'),
        path,
      ).toEqual(headersFor(without, path).filter(([name]) => name !== 'Cache-Control'));
    }
  });

  it('lets the screen run Decap and reach only the Git host', () => {
    expect(screen).toContain("script-src 'self' 'unsafe-eval'");
    expect(screen).toContain("connect-src 'self' https://api.github.com");
    expect(screen).toContain("frame-ancestors 'none'");
  });
});
