/**
 * Mongolian Cyrillic as people actually type it on phones: in the Latin letters
 * ("solongos", "elchin said", "tuslamj"). There is no single spelling: ө and ү
 * become o/u or ö/ü, х becomes h or kh, ц ts or c, ж j or zh. Each word is
 * written in a few consistent schemes, so search can match the Mongolian
 * word whichever way the query was typed.
 */

type Scheme = Record<string, string>;

/** Letters every scheme writes the same way. */
const COMMON: Scheme = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  э: 'e',
  ё: 'yo',
  ю: 'yu',
  я: 'ya',
};

/** The spellings in common use, each consistent within a word. */
const SCHEMES: readonly Scheme[] = [
  // The most common phone typing: "tuslamj", "elchin said", "khun", "tsagdaa".
  { ...COMMON, е: 'e', ж: 'j', й: 'i', ө: 'o', ү: 'u', х: 'kh', ц: 'ts', ы: 'ii', ь: 'i' },
  // The shortest: "hun", "cagdaa", "omnod".
  { ...COMMON, е: 'e', ж: 'j', й: 'i', ө: 'o', ү: 'u', х: 'h', ц: 'c', ы: 'ii', ь: '' },
  // With diacritics, as in official romanisation: "khün", "zhurm", "ömnöd".
  { ...COMMON, е: 'ye', ж: 'zh', й: 'y', ө: 'ö', ү: 'ü', х: 'kh', ц: 'ts', ы: 'y', ь: '' },
  // ө typed as u, as many do: "umnud", "hun".
  { ...COMMON, е: 'e', ж: 'j', й: 'i', ө: 'u', ү: 'u', х: 'h', ц: 'ts', ы: 'ii', ь: '' },
];

/** The Latin spellings of one lowercase Cyrillic word, without duplicates, most common first. */
export function latinSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  const spellings = SCHEMES.map((scheme) => [...lower].map((letter) => scheme[letter] ?? letter).join(''));
  return [...new Set(spellings)];
}
