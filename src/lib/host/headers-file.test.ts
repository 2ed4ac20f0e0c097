import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, matchesPattern, parseHeadersFile } from './headers-file.ts';

const RULES = [
  { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff'] as const] },
  { pattern: '/abroad/*', headers: [['Cache-Control', 'max-age=0'] as const] },
  { pattern: '/go/:code', headers: [['X-Robots-Tag', 'noindex'] as const] },
  { pattern: '/', headers: [['Cache-Control', 'max-age=0'] as const] },
];

describe('_headers files', () => {
  it('round-trips through text, comments kept out of the rules', () => {
    const text = formatHeadersFile(RULES, ['Generated; do not edit.']);
    expect(text).toMatch(/^# Generated; do not edit\.\n\n\/\*\n {2}X-Content-Type-Options: nosniff\n\n/);
    expect(parseHeadersFile(text)).toEqual(RULES);
  });

  it('matches * across segments and :placeholder within one', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/abroad/*', '/abroad/kr')).toBe(true);
    expect(matchesPattern('/abroad/*', '/abroad')).toBe(false);
    expect(matchesPattern('/go/:code', '/go/kr')).toBe(true);
    expect(matchesPattern('/go/:code', '/go/kr/x')).toBe(false);
    expect(matchesPattern('/a.b', '/axb')).toBe(false);
  });

  it('gives a request the headers of every matching rule, joining repeated names', () => {
    expect(headersFor(RULES, '/abroad/kr')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Cache-Control', 'max-age=0'],
    ]);
    const twice = [...RULES, { pattern: '/abroad/kr', headers: [['cache-control', 'no-store'] as const] }];
    expect(headersFor(twice, '/abroad/kr')).toContainEqual(['Cache-Control', 'max-age=0, no-store']);
  });

  it('refuses a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/line 2/);
  });
});

describe('detached headers', () => {
  const rules = parseHeadersFile(
    [
      '/*',
      "  Content-Security-Policy: default-src 'self'",
      '  Cross-Origin-Opener-Policy: same-origin',
      '  X-Content-Type-Options: nosniff',
      '',
      '/admin/*',
      '  ! Content-Security-Policy',
      '  ! Cross-Origin-Opener-Policy',
      "  Content-Security-Policy: script-src 'self' 'unsafe-eval'",
      '  X-Robots-Tag: noindex',
    ].join('\n'),
  );

  it('reads and writes "! Name" lines', () => {
    expect(rules[1]).toEqual({
      pattern: '/admin/*',
      detach: ['Content-Security-Policy', 'Cross-Origin-Opener-Policy'],
      headers: [
        ['Content-Security-Policy', "script-src 'self' 'unsafe-eval'"],
        ['X-Robots-Tag', 'noindex'],
      ],
    });
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('gives the detaching rule’s paths its own value and none of the others', () => {
    expect(headersFor(rules, '/admin/config')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "script-src 'self' 'unsafe-eval'"],
      ['X-Robots-Tag', 'noindex'],
    ]);
    expect(headersFor(rules, '/about')).toEqual([
      ['Content-Security-Policy', "default-src 'self'"],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
      ['X-Content-Type-Options', 'nosniff'],
    ]);
  });
});
