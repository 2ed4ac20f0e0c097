import { describe, expect, it } from 'vitest';
import { headersFor } from './headers-file.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  headerRules,
  hostContentSecurityPolicy,
  securityHeaders,
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
