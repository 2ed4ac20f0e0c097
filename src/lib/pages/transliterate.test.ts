import { describe, expect, it } from 'vitest';
import { latinSpellings } from './transliterate.ts';

describe('latinSpellings', () => {
  it.each([
    ['Солонгос', 'solongos'],
    ['элчин', 'elchin'],
    ['сайд', 'said'],
    ['тусламж', 'tuslamj'],
    ['хүн', 'khun'],
    ['хүн', 'hun'],
    ['хүн', 'khün'],
    ['цагдаа', 'tsagdaa'],
    ['цагдаа', 'cagdaa'],
    ['өмнөд', 'omnod'],
    ['өмнөд', 'ömnöd'],
    ['өмнөд', 'umnud'],
    ['хятад', 'hyatad'],
    ['хятад', 'khyatad'],
    ['шуурхай', 'shuurkhai'],
    ['шуурхай', 'shuurhai'],
    ['журам', 'zhuram'],
    ['Япон', 'yapon'],
  ])('writes %s as people type it, including "%s"', (word, typed) => {
    expect(latinSpellings(word)).toContain(typed);
  });

  it('gives each spelling once, the most common first', () => {
    expect(latinSpellings('солонгос')).toEqual(['solongos']);
    expect(latinSpellings('хүн')).toEqual(['khun', 'hun', 'khün']);
  });
});
