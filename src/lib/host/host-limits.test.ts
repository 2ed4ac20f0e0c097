import { describe, expect, it } from 'vitest';
import { formatHeadersFile, type HeaderRule } from './headers-file.ts';
import { HEADERS_LIMITS, headersLimitProblems, REDIRECTS_LIMITS, redirectsLimitProblems } from './host-limits.ts';
import { formatRedirectsFile, type Redirect } from './redirects-file.ts';

const cacheRules = (count: number): HeaderRule[] =>
  Array.from({ length: count }, (_, index) => ({
    pattern: `/file-${index}.html`,
    headers: [['Cache-Control', 'public, max-age=0, must-revalidate']],
  }));

const moves = (count: number, prefix = '/old'): Redirect[] =>
  Array.from({ length: count }, (_, index) => ({ from: `${prefix}/${index}`, to: `/new/${index}`, status: 301 }));

const notFound = (count: number): Redirect[] =>
  Array.from({ length: count }, (_, index) => ({ from: `/dir-${index}/*`, to: `/dir-${index}/404.html`, status: 404 }));

describe('headersLimitProblems', () => {
  it('passes a file at the limits, comment lines not counted', () => {
    const rules = cacheRules(HEADERS_LIMITS.rules - 1);
    rules.push({
      pattern: '/*',
      headers: [['Content-Security-Policy', 'a'.repeat(2000 - '  Content-Security-Policy: '.length)]],
    });
    const text = formatHeadersFile(rules, ['x'.repeat(3000)]);
    expect(headersLimitProblems(text)).toEqual([]);
  });

  it('names the file, the limit and the count when there are too many rules', () => {
    expect(headersLimitProblems(formatHeadersFile(cacheRules(101)), 'dist/_headers')).toEqual([
      'dist/_headers: 101 header rules; Cloudflare Pages reads at most 100 and drops the rest',
    ]);
  });

  it('counts the whole line, indentation and name included, against the per-line limit', () => {
    const value = 'a'.repeat(2000 - '  Content-Security-Policy: '.length + 1);
    const text = formatHeadersFile([{ pattern: '/*', headers: [['Content-Security-Policy', value]] }]);
    expect(headersLimitProblems(text, 'dist/_headers')).toEqual([
      'dist/_headers line 2: 2,001 characters (Content-Security-Policy: aaaaaaaaaaaaaaa…); Cloudflare Pages reads at most 2,000 characters a line',
    ]);
  });
});

describe('redirectsLimitProblems', () => {
  it('passes a file at the limits', () => {
    const text = formatRedirectsFile([...moves(REDIRECTS_LIMITS.static), ...notFound(REDIRECTS_LIMITS.dynamic)], ['a']);
    expect(redirectsLimitProblems(text)).toEqual([]);
  });

  it('names the file, the limit and the count when there are too many static or dynamic redirects', () => {
    const text = formatRedirectsFile([...moves(2001), ...notFound(101)]);
    expect(redirectsLimitProblems(text, 'dist/_redirects')).toEqual([
      'dist/_redirects: 2,001 static redirects; Cloudflare Pages reads at most 2,000 and drops the rest',
      'dist/_redirects: 101 dynamic redirects (with * or :name); Cloudflare Pages reads at most 100 and drops the rest',
    ]);
  });

  it('counts a placeholder as dynamic', () => {
    const placeholders = Array.from({ length: 101 }, (_, index) => `/p${index}/:code /go/:code 301`).join('\n');
    expect(redirectsLimitProblems(placeholders)).toEqual([
      '_redirects: 101 dynamic redirects (with * or :name); Cloudflare Pages reads at most 100 and drops the rest',
    ]);
  });

  it('wants the static redirects before the dynamic ones', () => {
    const text = formatRedirectsFile([...moves(1), ...notFound(1), ...moves(2, '/later')]);
    expect(redirectsLimitProblems(text)).toEqual([
      '_redirects line 3: 2 static redirects after the dynamic one on line 2; Cloudflare Pages wants every static redirect first',
    ]);
  });

  it('refuses a redirect line over 1,000 characters', () => {
    const text = formatRedirectsFile([{ from: `/${'a'.repeat(993)}`, to: '/b', status: 301 }]);
    expect(redirectsLimitProblems(text)).toEqual([
      `_redirects line 1: 1,001 characters (/${'a'.repeat(39)}…); Cloudflare Pages reads at most 1,000 characters a line`,
    ]);
  });
});
