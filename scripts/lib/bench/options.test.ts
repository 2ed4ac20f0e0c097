import { describe, expect, it } from 'vitest';
import { parseRuns, parseSizes } from './options.ts';

describe('parseSizes', () => {
  it('reads a comma-separated list of pages per language, each once', () => {
    expect(parseSizes('100')).toEqual([100]);
    expect(parseSizes('100, 1000,100')).toEqual([100, 1000]);
  });

  it.each(['', '0', '-5', '1e3', '10.5', '100,,1000', 'many'])('refuses %j', (text) => {
    expect(() => parseSizes(text)).toThrow('--sizes takes whole numbers');
  });
});

describe('parseRuns', () => {
  it('reads a whole number of builds', () => {
    expect(parseRuns('1')).toBe(1);
    expect(parseRuns(' 5 ')).toBe(5);
  });

  it.each(['', '0', '-1', '2.5', 'three', '3,4'])('refuses %j', (text) => {
    expect(() => parseRuns(text)).toThrow('--runs takes a whole number');
  });
});
