import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  isLocale,
  languageName,
  LOCALES,
  localePath,
  openGraphLocale,
  otherLocales,
  parseLocalePath,
  twinPaths,
} from './locales.ts';

describe('localePath', () => {
  it('puts Mongolian at the root and English under /en', () => {
    expect(localePath('mn', 'about')).toBe('/about');
    expect(localePath('en', 'about')).toBe('/en/about');
    expect(localePath('mn', 'abroad/kr')).toBe('/abroad/kr');
  });

  it('gives the home page without a trailing slash under /en', () => {
    expect(localePath('mn', '')).toBe('/');
    expect(localePath('en', '')).toBe('/en');
    expect(localePath('en', '/')).toBe('/en');
  });

  it('ignores leading and trailing slashes in the slug', () => {
    expect(localePath('en', '/safety/')).toBe('/en/safety');
  });
});

describe('parseLocalePath', () => {
  it.each([
    ['/', 'mn', ''],
    ['/about', 'mn', 'about'],
    ['/abroad/kr', 'mn', 'abroad/kr'],
    ['/en', 'en', ''],
    ['/en/', 'en', ''],
    ['/en/about', 'en', 'about'],
    ['/en/abroad/kr/', 'en', 'abroad/kr'],
    ['/en.html', 'en', ''],
    ['/en/about.html', 'en', 'about'],
    ['/index.html', 'mn', ''],
    ['/en/404', 'en', '404'],
  ] as const)('%s is %s page "%s"', (path, locale, slug) => {
    expect(parseLocalePath(path)).toEqual({ locale, slug });
  });

  it('does not take a path that merely starts with "en" for English', () => {
    expect(parseLocalePath('/english-guide')).toEqual({ locale: 'mn', slug: 'english-guide' });
  });

  it('treats an explicit /mn prefix as an ordinary slug, not a second root', () => {
    expect(parseLocalePath('/mn/about')).toEqual({ locale: 'mn', slug: 'mn/about' });
  });
});

describe('twinPaths', () => {
  it('maps each page to the same page in every other language', () => {
    expect(twinPaths('/')).toEqual([{ locale: 'en', path: '/en' }]);
    expect(twinPaths('/en')).toEqual([{ locale: 'mn', path: '/' }]);
    expect(twinPaths('/safety')).toEqual([{ locale: 'en', path: '/en/safety' }]);
    expect(twinPaths('/en/safety')).toEqual([{ locale: 'mn', path: '/safety' }]);
  });
});

describe('locale helpers', () => {
  it('knows only mn and en', () => {
    expect(isLocale('mn')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('ru')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(otherLocales('mn')).toEqual(['en']);
    expect(otherLocales('en')).toEqual(['mn']);
  });

  it('puts the first language of the list at the root', () => {
    expect(DEFAULT_LOCALE).toBe(LOCALES[0]);
    expect(languageName('mn')).toBe('Mongolian');
    expect(openGraphLocale('en')).toBe('en_US');
  });
});
