import { describe, expect, it } from 'vitest';
import { LOCALES } from '../lib/locales.ts';
import en from './en.json';
import { fill, parseUiStrings, uiStrings } from './index.ts';
import mn from './mn.json';
import { SEARCH_KINDS } from '../lib/pages/search-document.ts';

/** Every key path of a nested dictionary, such as `home.title`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('UI dictionaries', () => {
  it('load for every locale', () => {
    for (const locale of LOCALES) expect(uiStrings(locale).languageName).not.toBe('');
  });

  it('have exactly the same keys in Mongolian and English', () => {
    expect(keyPaths(mn).sort()).toEqual(keyPaths(en).sort());
  });

  it('are each written in their own language', () => {
    expect(/[ӨөҮү]/.test(JSON.stringify(mn)), 'Mongolian text uses Ө and Ү').toBe(true);
    expect(/[\u0400-\u04FF]/.test(JSON.stringify(en)), 'English text has no Cyrillic').toBe(false);
  });

  it('reject a dictionary with a missing key, naming the file and the key', () => {
    const { lead: _lead, ...home } = en.home;
    const broken = { ...en, home };
    expect(() => parseUiStrings('src/i18n/en.json', broken)).toThrow('src/i18n/en.json: home.lead: is missing');
  });

  it('reject a dictionary with an extra key', () => {
    const broken = { ...mn, nav: { ...mn.nav, abuot: 'Тухай' } };
    expect(() => parseUiStrings('src/i18n/mn.json', broken)).toThrow('src/i18n/mn.json: nav: unknown key "abuot"');
  });

  it('reject an empty string', () => {
    const broken = { ...mn, skipLink: '  ' };
    expect(() => parseUiStrings('src/i18n/mn.json', broken)).toThrow('src/i18n/mn.json: skipLink: empty text');
  });
});

describe('fill', () => {
  it('fills placeholders', () => {
    expect(fill('{country}: emergency numbers', { country: 'Japan' })).toBe('Japan: emergency numbers');
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => fill('Help: {country}', {})).toThrow('needs a value for {country}');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([match]) => match).sort();
    expect(placeholders(mn.card.title)).toEqual(placeholders(en.card.title));
    expect(placeholders(mn.card.vcardName)).toEqual(['{country}']);
  });
});

describe('search filter names', () => {
  it('name every kind of result the index knows, in both languages', () => {
    for (const dictionary of [mn, en]) expect(Object.keys(dictionary.search.kinds)).toEqual([...SEARCH_KINDS]);
  });
});
