import { describe, expect, it } from 'vitest';
import { offlineFiles } from './offline.ts';

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
