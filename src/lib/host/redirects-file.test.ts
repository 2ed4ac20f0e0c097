import { describe, expect, it } from 'vitest';
import {
  formatRedirectsFile,
  movedDestinationRedirects,
  notFoundRule,
  parseRedirectsFile,
  shortLinkNotFoundRules,
  shortLinkRedirects,
} from './redirects-file.ts';

describe('short-link redirects', () => {
  const redirects = shortLinkRedirects(['kr'], ['en']);

  it('sends every other spelling of a code to its lower-case page, in its language', () => {
    expect(
      redirects
        .filter(({ from }) => !/^\/en\//i.test(from))
        .map(({ from }) => from)
        .sort(),
    ).toEqual(['/GO/kr', '/Go/KR', '/Go/kr', '/gO/KR', '/gO/kr', '/go/KR'].sort());
    expect(redirects.filter(({ from }) => !/^\/en\//i.test(from)).every(({ to }) => to === '/go/kr')).toBe(true);
    const english = redirects.filter(({ from }) => /^\/en\//i.test(from));
    expect(english).toHaveLength(14);
    expect(english.every(({ to }) => to === '/en/go/kr')).toBe(true);
    expect(english.map(({ from }) => from)).toEqual(expect.arrayContaining(['/EN/GO/KR', '/en/go/KR', '/en/GO/kr']));
  });

  it('never redirects the two printed spellings, which are pages, nor a reserved code', () => {
    const from = redirects.map((redirect) => redirect.from);
    for (const page of ['/go/kr', '/GO/KR', '/en/go/kr', '/en/GO/KR']) expect(from).not.toContain(page);
    expect(shortLinkRedirects(['404'], ['en'])).toEqual([]);
  });

  it('gives a code of digits only the spellings of its prefix', () => {
    expect(shortLinkRedirects(['7'], ['en']).map(({ from }) => from)).toEqual(
      expect.arrayContaining(['/Go/7', '/gO/7', '/EN/go/7', '/en/Go/7']),
    );
  });

  it('round-trips through the file format and refuses other lines', () => {
    const rules = [...redirects, ...shortLinkNotFoundRules(['en'])];
    const text = formatRedirectsFile(rules, ['Generated.']);
    expect(text.startsWith('# Generated.\n/go/KR /go/kr 301\n')).toBe(true);
    expect(text).toContain('\n/GO/* /GO/404.html 404\n');
    expect(parseRedirectsFile(text)).toEqual(rules);
    expect(() => parseRedirectsFile('/go/* /abroad 200!\n')).toThrow(/line 1/);
    expect(() => parseRedirectsFile('/go/* /abroad 301\n')).toThrow(/line 1/);
    expect(() => parseRedirectsFile('/go/kr /abroad 404\n')).toThrow(/line 1/);
  });
});

describe('moved-destination redirects', () => {
  it('leads the help card and the vCard at each former slug to the new ones, in every language', () => {
    expect(movedDestinationRedirects(new Map([['kr', 'kr-new']]), ['mn', 'en'])).toEqual([
      { from: '/abroad/kr', to: '/abroad/kr-new', status: 301 },
      { from: '/abroad/kr.vcf', to: '/abroad/kr-new.vcf', status: 301 },
      { from: '/en/abroad/kr', to: '/en/abroad/kr-new', status: 301 },
      { from: '/en/abroad/kr.vcf', to: '/en/abroad/kr-new.vcf', status: 301 },
    ]);
  });

  it('has none where nothing moved', () => {
    expect(movedDestinationRedirects(new Map(), ['mn', 'en'])).toEqual([]);
  });
});

describe('short-link 404 pages', () => {
  const rules = shortLinkNotFoundRules(['en']);

  it('answers every spelling of go in every language with its own 404 page', () => {
    expect(rules.map(({ from, to }) => `${from} ${to}`)).toEqual([
      '/go/* /go/404.html',
      '/GO/* /GO/404.html',
      '/en/go/* /en/go/404.html',
      '/en/GO/* /en/GO/404.html',
    ]);
    expect(rules.every(({ status }) => status === 404)).toBe(true);
  });

  it('finds the rule for a missing path, and none outside the short links', () => {
    expect(notFoundRule(rules, '/GO/KORE')?.to).toBe('/GO/404.html');
    expect(notFoundRule(rules, '/en/go/xx')?.to).toBe('/en/go/404.html');
    expect(notFoundRule(rules, '/gone')).toBeUndefined();
    expect(notFoundRule(rules, '/en/abroad/xx')).toBeUndefined();
    expect(notFoundRule(shortLinkRedirects(['kr'], ['en']), '/go/xx')).toBeUndefined();
  });
});
