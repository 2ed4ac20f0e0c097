import { describe, expect, it } from 'vitest';
import { closestCode, codeForPath, editDistance } from './short-link-guess.ts';

const words = { kr: 'kr', korea: 'kr', solongos: 'kr', jp: 'jp', japan: 'jp', us: 'us', help: 'help' };

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kore', 'korea')).toBe(1);
    expect(editDistance('kore', 'kr')).toBe(2);
    expect(editDistance('kr', 'kr')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closestCode', () => {
  it('finds the code a typo is near, in any case', () => {
    expect(closestCode('KORE', words)).toBe('kr');
    expect(closestCode('KOREA', words)).toBe('kr');
    expect(closestCode('jpn', words)).toBe('jp');
    expect(closestCode('Solongo', words)).toBe('kr');
    expect(closestCode('hlep', words)).toBe('help');
  });

  it('guesses nothing when no word is near', () => {
    expect(closestCode('zzzz', words)).toBeUndefined();
    expect(closestCode('xyz', words)).toBeUndefined();
    expect(closestCode('', words)).toBeUndefined();
    expect(closestCode('---', words)).toBeUndefined();
  });
});

describe('codeForPath', () => {
  it('reads short links in both spellings and languages', () => {
    expect(codeForPath('/GO/KORE', words)).toBe('kr');
    expect(codeForPath('/en/GO/KR', words)).toBe('kr');
    expect(codeForPath('/go/japan', words)).toBe('jp');
  });

  it('reads a help card address only by its exact country code', () => {
    expect(codeForPath('/abroad/kr', words)).toBe('kr');
    expect(codeForPath('/en/abroad/kr/extra', words)).toBe('kr');
    expect(codeForPath('/abroad/ko', words)).toBeUndefined();
  });

  it('finds nothing on pages without a place or with a broken address', () => {
    expect(codeForPath('/signs/scam-compounds', words)).toBeUndefined();
    expect(codeForPath('/abroad', words)).toBeUndefined();
    expect(codeForPath('/go/%E0%A4%A', words)).toBeUndefined();
  });
});
