import { describe, expect, it } from 'vitest';
import { isListedPage, isLocalOrigin, LOCAL_ORIGIN, parseSiteOrigin } from './site.ts';

describe('parseSiteOrigin', () => {
  it('defaults to the local server when unset or blank', () => {
    expect(parseSiteOrigin(undefined)).toBe(LOCAL_ORIGIN);
    expect(parseSiteOrigin('  ')).toBe(LOCAL_ORIGIN);
  });

  it('normalises an origin and drops a trailing slash', () => {
    expect(parseSiteOrigin('https://Example.org/')).toBe('https://example.org');
  });

  it('rejects anything that is not a bare http(s) origin, naming the variable', () => {
    expect(() => parseSiteOrigin('example.org')).toThrow(/SITE_ORIGIN: "example.org" is not a URL/);
    expect(() => parseSiteOrigin('ftp://example.org')).toThrow(/must use https/);
    expect(() => parseSiteOrigin('https://example.org/site')).toThrow(/origin only/);
    expect(() => parseSiteOrigin('https://example.org/?a=1')).toThrow(/origin only/);
  });
});

describe('isLocalOrigin', () => {
  it('tells a local build from a deployment', () => {
    expect(isLocalOrigin(LOCAL_ORIGIN)).toBe(true);
    expect(isLocalOrigin('http://127.0.0.1:8080')).toBe(true);
    expect(isLocalOrigin('https://example.org')).toBe(false);
  });
});

describe('isListedPage', () => {
  it('keeps 404s, offline pages, search and short links out of the sitemap', () => {
    for (const path of [
      '/404',
      '/en/404',
      '/offline',
      '/en/offline',
      '/search',
      '/en/search',
      '/go/kr',
      '/GO/KR',
      '/en/go/help',
    ]) {
      expect(isListedPage(path), path).toBe(false);
    }
    for (const path of ['/', '/en', '/abroad/kr', '/en/signs/fake-job-offers', '/golden']) {
      expect(isListedPage(path), path).toBe(true);
    }
  });
});
