import { describe, expect, it } from 'vitest';
import { canonicalRedirect, candidateFiles, contentType, notFoundFile, pagePath } from './static-host.ts';

describe('candidateFiles', () => {
  it('serves the home pages', () => {
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/en')).toEqual(['en', 'en.html', 'en/index.html']);
  });

  it('serves a page from its .html file and an asset as itself', () => {
    expect(candidateFiles('/en/about')).toEqual(['en/about', 'en/about.html', 'en/about/index.html']);
    expect(candidateFiles('/favicon.svg')[0]).toBe('favicon.svg');
  });

  it('decodes percent-encoded paths', () => {
    expect(candidateFiles('/a%20b')[0]).toBe('a b');
  });

  it('never leaves dist/ or serves hidden files', () => {
    expect(candidateFiles('/../etc/passwd')).toEqual([]);
    expect(candidateFiles('/%2e%2e/etc/passwd')).toEqual([]);
    expect(candidateFiles('/.git/config')).toEqual([]);
    expect(candidateFiles('/a%5c..%5cb')).toEqual([]);
    expect(candidateFiles('/%E0%A4%A')).toEqual([]);
  });
});

describe('notFoundFile', () => {
  it('answers in the language of the missing path', () => {
    expect(notFoundFile('/no-such-page')).toBe('404.html');
    expect(notFoundFile('/en/no-such-page')).toBe('en/404.html');
    expect(notFoundFile('/en')).toBe('en/404.html');
  });
});

describe('canonicalRedirect', () => {
  it('drops a trailing slash and leaves other paths alone', () => {
    expect(canonicalRedirect('/en/about/')).toBe('/en/about');
    expect(canonicalRedirect('/en/')).toBe('/en');
    expect(canonicalRedirect('/')).toBeUndefined();
    expect(canonicalRedirect('/about')).toBeUndefined();
  });
});

describe('contentType', () => {
  it('labels text as UTF-8 and knows the site’s file types', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('favicon.svg')).toBe('image/svg+xml');
    expect(contentType('x.PNG')).toBe('image/png');
    expect(contentType('LICENSE')).toBe('application/octet-stream');
  });
});

describe('pagePath', () => {
  it('maps built files to the paths they answer', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('en.html')).toBe('/en');
    expect(pagePath('en/about.html')).toBe('/en/about');
    expect(pagePath('guide/index.html')).toBe('/guide');
    expect(pagePath('en/abroad/kr.html')).toBe('/en/abroad/kr');
    expect(pagePath('icons/icon-192.png')).toBe('/icons/icon-192.png');
  });
});
