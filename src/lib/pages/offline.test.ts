import { describe, expect, it } from 'vitest';
import { offlineCopySize, offlineFiles, shortLinkFallbacks } from './offline.ts';

const built = [
  'index.html',
  'en.html',
  'abroad.html',
  'abroad/kr.html',
  'abroad/kr.vcf',
  'abroad/jp.html',
  'en/abroad.html',
  'en/abroad/kr.html',
  'en/abroad/jp.html',
  'hotlines.html',
  'en/hotlines.html',
  'safety.html',
  'en/safety.html',
  'offline.html',
  'en/offline.html',
  'signs/scam-compounds.html',
  'en/signs.html',
  'search.html',
  'pagefind/pagefind.js',
  'pagefind/fragment/en_1.pf_fragment',
  'favicon.svg',
  'manifest.webmanifest',
  'en/manifest.webmanifest',
  'icons/icon-192.png',
];

describe('offlineFiles', () => {
  it('keeps help abroad, every help card, hotlines, safety, home and offline in both languages, and the shell', () => {
    expect(offlineFiles(built)).toEqual(
      [
        'abroad.html',
        'abroad/jp.html',
        'abroad/kr.html',
        'en.html',
        'en/abroad.html',
        'en/abroad/jp.html',
        'en/abroad/kr.html',
        'en/hotlines.html',
        'en/manifest.webmanifest',
        'en/offline.html',
        'en/safety.html',
        'favicon.svg',
        'hotlines.html',
        'icons/icon-192.png',
        'index.html',
        'manifest.webmanifest',
        'offline.html',
        'safety.html',
      ].sort(),
    );
  });

  it('keeps no article, no search page and none of the search index', () => {
    const kept = offlineFiles(built);
    expect(kept.filter((file) => /signs|search|pagefind/.test(file))).toEqual([]);
  });

  it('fails when a page that must be kept is missing', () => {
    expect(() => offlineFiles(built.filter((file) => file !== 'en/hotlines.html'))).toThrow(
      'dist/en/hotlines.html is missing',
    );
  });
});

describe('shortLinkFallbacks', () => {
  const fallbacks = shortLinkFallbacks(new Map([['kr', 'abroad/kr']]), offlineFiles(built));
  const pageFor = (url: string) => fallbacks.find(({ pattern }) => pattern.test(url))?.page;

  it('answers each link, in any case and language, with the kept page it stands for', () => {
    expect(fallbacks).toHaveLength(2);
    expect(pageFor('https://example.org/GO/KR')).toBe('/abroad/kr');
    expect(pageFor('https://example.org/go/kr?from=qr')).toBe('/abroad/kr');
    expect(pageFor('https://example.org/Go/kR')).toBe('/abroad/kr');
    expect(pageFor('https://example.org/en/GO/KR')).toBe('/en/abroad/kr');
    expect(pageFor('https://example.org/EN/go/kr')).toBe('/en/abroad/kr');
  });

  it('answers nothing else', () => {
    for (const url of ['https://example.org/go/kre', 'https://example.org/go/k', 'https://example.org/x/go/kr']) {
      expect(pageFor(url), url).toBeUndefined();
    }
  });

  it('leaves a campaign link to the offline page', () => {
    const campaign = new Map([['numbers', 'campaigns/keep-these-numbers']]);
    expect(shortLinkFallbacks(campaign, offlineFiles(built))).toEqual([]);
  });

  it('fails when a link stands for a page that is not kept', () => {
    expect(() => shortLinkFallbacks(new Map([['x', 'signs']]), offlineFiles(built))).toThrow(
      'The short link /go/x stands for /signs, which is not kept offline',
    );
  });
});

describe('offlineCopySize', () => {
  it('adds up each file compressed alone', () => {
    const text = new TextEncoder().encode('help '.repeat(1000));
    const one = offlineCopySize([{ path: 'a.html', content: text }]);
    expect(one).toBeGreaterThan(10);
    expect(one).toBeLessThan(200);
    expect(
      offlineCopySize([
        { path: 'a.html', content: text },
        { path: 'b.html', content: text },
      ]),
    ).toBe(2 * one);
  });
});
