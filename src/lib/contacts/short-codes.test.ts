import { describe, expect, it } from 'vitest';
import { isShortCodeShape } from './short-codes.ts';

describe('isShortCodeShape', () => {
  it.each([
    ['102', 'MN'],
    ['1900', 'MN'],
    ['18001280', 'MN'],
    ['112', 'KR'],
    ['1345', 'KR'],
    ['999', 'HK'],
    ['110', 'DE'],
    ['116006', 'DE'],
    ['911', 'US'],
    ['233733', 'US'],
  ] as const)('takes %s as a short number of %s', (digits, country) => {
    expect(isShortCodeShape(digits, country)).toBe(true);
  });

  it.each([
    // A digit too many or too few: the typos the shapes are there to catch.
    ['10', 'MN'],
    ['10234', 'MN'],
    ['1800128', 'MN'],
    ['11234', 'KR'],
    ['1102', 'CN'],
    ['1160', 'DE'],
    ['111', 'US'],
    // A full national number is not a short code.
    ['0227983464', 'KR'],
    ['70112345', 'MN'],
    ['', 'MN'],
  ] as const)('refuses %s as a short number of %s', (digits, country) => {
    expect(isShortCodeShape(digits, country)).toBe(false);
  });

  it('reads digits only: separators must be removed first', () => {
    expect(isShortCodeShape('1800-1280', 'MN')).toBe(false);
    expect(isShortCodeShape(' 102', 'MN')).toBe(false);
  });

  it('knows no shape for a country without one yet, rather than guessing', () => {
    expect(isShortCodeShape('112', 'FR')).toBeUndefined();
  });
});
