import { describe, expect, it } from 'vitest';
import { headersFor } from './headers-file.ts';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  headerRules,
  hostContentSecurityPolicy,
  pagePolicy,
  securityHeaders,
} from './host-policy.ts';

describe('hostContentSecurityPolicy', () => {
  const plain = "default-src 'self'; script-src 'self' 'sha256-b=' 'sha256-a='; style-src 'self' 'sha256-s='";
  const search = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-c=' 'sha256-a='";

  it('allows in each directive what any page allows, hashes sorted, and forbids framing', () => {
    expect(hostContentSecurityPolicy([plain, search])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b=' 'sha256-c='; " +
        "style-src 'self' 'sha256-s='; frame-ancestors 'none'",
    );
  });

  it('gives the same text whatever order the pages come in', () => {
    expect(hostContentSecurityPolicy([search, plain])).toBe(hostContentSecurityPolicy([plain, search]));
  });

  it('refuses to make a policy from no page at all', () => {
    expect(() => hostContentSecurityPolicy([])).toThrow(/no page/);
  });

  it('reads a page’s policy from its <meta>, quotes unescaped', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>`;
    expect(pagePolicy(html)).toBe("default-src 'self'");
    expect(pagePolicy('<head></head>')).toBeUndefined();
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
