import { describe, expect, it } from 'vitest';
import {
  editDistance,
  foldCyrillic,
  foldLatin,
  numberCandidates,
  searchQueries,
  spellingLookup,
  wordCandidates,
  wordsOf,
  type SearchVocabulary,
} from './search-spellings.ts';

const mn: SearchVocabulary = {
  words: ['хуурамч', 'ажил', 'ажлын', 'элчин', 'сайд', 'өмнөд', 'солонгос', 'солонгост', 'хүн', 'цагдаа'],
  numbers: [
    ['02-798-3464', '8227983464', '027983464'],
    ['1345', '1345'],
  ],
};
const en: SearchVocabulary = { words: ['passport', 'embassy', 'korea', 'police', 'pass'], numbers: [] };
const mnLookup = spellingLookup(mn.words, 'mn');
const enLookup = spellingLookup(en.words, 'en');

describe('foldLatin', () => {
  it.each([
    ['khuuramch', 'huuramch'],
    ['xuuramch', 'huuramch'],
    ['tsagdaa', 'cagdaa'],
    ['ömnöd', 'omnod'],
    ['zhurm', 'jurm'],
    ['saiydiin', 'saidin'],
  ])('folds %s to %s', (typed, folded) => {
    expect(foldLatin(typed)).toBe(folded);
  });
});

describe('foldCyrillic', () => {
  it('writes Ө and Ү as the Russian keyboard offers them, leaving other words as they are', () => {
    expect(foldCyrillic('Хүн')).toBe('хун');
    expect(foldCyrillic('өмнөд')).toBe('омнод');
    expect(foldCyrillic('солонгос')).toBe('солонгос');
  });
});

describe('wordsOf', () => {
  it('keeps distinct lowercase words of two letters or more', () => {
    expect(wordsOf('Өмнөд Солонгос, өмнөд a 1345 Korea')).toEqual(['өмнөд', 'солонгос', 'korea']);
  });
});

describe('editDistance', () => {
  it('counts a swapped pair once and stops past the limit', () => {
    expect(editDistance('pasport', 'passport', 2)).toBe(1);
    expect(editDistance('scholarhsip', 'scholarship', 2)).toBe(1);
    expect(editDistance('korea', 'police', 1)).toBe(2);
  });
});

describe('wordCandidates', () => {
  it('turns Latin-typed Mongolian into the page words, however x/h/kh, ts/c, ö/o/u are typed', () => {
    for (const typed of ['huuramch', 'khuuramch', 'xuuramch']) {
      expect(wordCandidates(typed, mnLookup, 'mn', false)).toEqual(['хуурамч']);
    }
    expect(wordCandidates('tsagdaa', mnLookup, 'mn', false)).toEqual(['цагдаа']);
    expect(wordCandidates('cagdaa', mnLookup, 'mn', false)).toEqual(['цагдаа']);
    expect(wordCandidates('umnud', mnLookup, 'mn', false)).toEqual(['өмнөд']);
    expect(wordCandidates('ömnöd', mnLookup, 'mn', false)).toEqual(['өмнөд']);
  });

  it('reads a Russian keyboard’s у and о as ү and ө', () => {
    expect(wordCandidates('хун', mnLookup, 'mn', false)).toEqual(['хүн']);
    expect(wordCandidates('омнод', mnLookup, 'mn', false)).toEqual(['өмнөд']);
  });

  it('completes a Latin word still being typed into the page words it begins', () => {
    expect(wordCandidates('solon', mnLookup, 'mn', true)).toEqual(['солонгос', 'солонгост']);
  });

  it('leaves a word in the page’s own script being typed to Pagefind, which matches what it begins', () => {
    expect(wordCandidates('солон', mnLookup, 'mn', true)).toEqual(['солон']);
    expect(wordCandidates('embass', enLookup, 'en', true)).toEqual(['embass']);
  });

  it('forgives one letter off in short words and two in long ones', () => {
    expect(wordCandidates('pasport', enLookup, 'en', false)).toEqual(['passport']);
    expect(wordCandidates('embasy', enLookup, 'en', false)).toEqual(['embassy']);
    expect(wordCandidates('huuramh', mnLookup, 'mn', false)).toEqual(['хуурамч']);
    expect(wordCandidates('pasportt', enLookup, 'en', false)).toEqual(['passport']);
    expect(wordCandidates('polixxx', enLookup, 'en', false)).toEqual(['polixxx']);
  });

  it('keeps a word nothing matches, and words without letters', () => {
    expect(wordCandidates('zzz', enLookup, 'en', false)).toEqual(['zzz']);
    expect(wordCandidates('+82', enLookup, 'en', false)).toEqual(['+82']);
  });
});

describe('numberCandidates', () => {
  it('finds a number however it is typed, as the page writes it', () => {
    expect(numberCandidates('+82 2 798 3464', mn.numbers)).toEqual(['02-798-3464']);
    expect(numberCandidates('027983464', mn.numbers)).toEqual(['02-798-3464']);
    expect(numberCandidates('1345', mn.numbers)).toEqual(['1345']);
    expect(numberCandidates('12', mn.numbers)).toEqual([]);
    expect(numberCandidates('passport', mn.numbers)).toEqual([]);
  });
});

describe('searchQueries', () => {
  it('asks for every reading of the words, most likely first', () => {
    expect(searchQueries('elchin said solongos', mn, mnLookup, 'mn')).toEqual(['элчин сайд солонгос']);
    expect(searchQueries('huuramch ajil', mn, mnLookup, 'mn')).toEqual(['хуурамч ажил']);
    expect(searchQueries('korea embasy', en, enLookup, 'en')).toEqual(['korea embassy']);
  });

  it('asks for a number as written on the pages, and as typed', () => {
    expect(searchQueries('8227983464', mn, mnLookup, 'mn')).toEqual(['8227983464', '02-798-3464']);
    expect(searchQueries('02-798-3464', mn, mnLookup, 'mn')).toEqual(['02-798-3464']);
  });

  it('asks for at most eight readings', () => {
    const words = ['сол', 'сөл', 'сул', 'сүл'];
    const lookup = spellingLookup(words, 'mn');
    expect(wordCandidates('sul', lookup, 'mn', false)).toHaveLength(3);
    expect(searchQueries('sul sul sul', { words, numbers: [] }, lookup, 'mn')).toHaveLength(8);
  });
});
