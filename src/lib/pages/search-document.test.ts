import { describe, expect, it } from 'vitest';
import {
  isSearchedPage,
  searchedFilesGlob,
  searchFilterAttributes,
  searchFilters,
  textOfHtml,
} from './search-document.ts';

describe('searchFilters', () => {
  it.each([
    ['/hotlines', { kind: 'hotline' }],
    ['/en/abroad', { kind: 'destination' }],
    ['/abroad/kr', { kind: 'destination', country: 'KR' }],
    ['/en/signs/fake-job-offers', { kind: 'sign' }],
    ['/rights/legal-aid', { kind: 'right' }],
    ['/campaigns/july-30', { kind: 'campaign' }],
    ['/about', { kind: 'page' }],
    ['/', { kind: 'page' }],
  ])('%s is %o', (path, filters) => {
    expect(searchFilters(path)).toEqual(filters);
  });
});

describe('isSearchedPage', () => {
  it.each([
    ['/abroad/kr', true],
    ['/en/signs', true],
    ['/en/signs/2', false],
    ['/signs/12', false],
    ['/signs/fake-job-offers', true],
    ['/search', false],
    ['/404', false],
  ])('%s: %s', (path, searched) => {
    expect(isSearchedPage(path)).toBe(searched);
  });
});

describe('searchFilterAttributes', () => {
  it('puts the kind on the main content and a help card’s country on the body', () => {
    expect(searchFilterAttributes('/en/abroad/kr')).toEqual({ main: 'kind:destination', body: 'country:KR' });
    expect(searchFilterAttributes('/hotlines')).toEqual({ main: 'kind:hotline' });
  });
});

describe('searchedFilesGlob', () => {
  it('reads each language’s top pages and listed sections, not the short-link copies', () => {
    const glob = searchedFilesGlob();
    expect(glob).toMatch(/^\{.*\}$/);
    const patterns = glob.slice(1, -1).split(',');
    expect(patterns).toContain('*.html');
    expect(patterns).toContain('en/*.html');
    expect(patterns).toContain('abroad/**/*.html');
    expect(patterns).toContain('en/signs/**/*.html');
    expect(patterns.filter((pattern) => /(^|\/)(go|GO)\//.test(pattern))).toEqual([]);
  });
});

describe('textOfHtml', () => {
  it('reads the text, each tag a word break, without scripts or styles', () => {
    const html =
      '<p>Турк</p><p>Цагдаа<span class="block">112</span></p><style>.a{}</style>' +
      '<script type="module">var x = "<a>";</script><p>Tom &amp; Jerry&#39;s &quot;line&quot;</p>' +
      '<section data-pagefind-ignore="all"><ul lang="ko"><li>경찰</li></ul></section>';
    expect(textOfHtml(html).split(/\s+/).filter(Boolean)).toEqual([
      'Турк',
      'Цагдаа',
      '112',
      'Tom',
      '&',
      "Jerry's",
      '"line"',
    ]);
  });
});
