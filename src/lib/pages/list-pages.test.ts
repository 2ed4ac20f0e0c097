import { describe, expect, it } from 'vitest';
import { isPageNumber, LIST_PAGE_SIZE, listPage, listPageCount, listPagePath, listPages } from './list-pages.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('listPageCount', () => {
  it('fills pages of the given size, the last one partly', () => {
    expect(listPageCount(20, 20)).toBe(1);
    expect(listPageCount(21, 20)).toBe(2);
    expect(listPageCount(40, 20)).toBe(2);
    expect(listPageCount(41, 20)).toBe(3);
    expect(listPageCount(5000, LIST_PAGE_SIZE)).toBe(Math.ceil(5000 / LIST_PAGE_SIZE));
  });

  it('gives an empty list its one page', () => {
    expect(listPageCount(0, 20)).toBe(1);
  });

  it('refuses a page that holds nothing', () => {
    expect(() => listPageCount(10, 0)).toThrow(RangeError);
    expect(() => listPageCount(10, 2.5)).toThrow(RangeError);
  });
});

describe('listPagePath', () => {
  it('keeps the first page at the list’s own path and numbers the others', () => {
    expect(listPagePath('signs', 1)).toBe('signs');
    expect(listPagePath('signs', 2)).toBe('signs/2');
    expect(listPagePath('rights', 12)).toBe('rights/12');
  });

  it('has no page 0 or half page', () => {
    expect(() => listPagePath('signs', 0)).toThrow(RangeError);
    expect(() => listPagePath('signs', 1.5)).toThrow(RangeError);
  });
});

describe('listPage', () => {
  const items = numbers(45);

  it('slices the items of its page', () => {
    expect(listPage('signs', items, 1, 20).items).toEqual(numbers(20));
    expect(listPage('signs', items, 2, 20).items).toEqual(numbers(40).slice(20));
    expect(listPage('signs', items, 3, 20).items).toEqual([41, 42, 43, 44, 45]);
  });

  it('links the previous and next pages, and none beyond the ends', () => {
    expect(listPage('signs', items, 1, 20)).toMatchObject({ number: 1, count: 3, path: 'signs', next: 'signs/2' });
    expect(listPage('signs', items, 1, 20).previous).toBeUndefined();
    expect(listPage('signs', items, 2, 20)).toMatchObject({ path: 'signs/2', previous: 'signs', next: 'signs/3' });
    expect(listPage('signs', items, 3, 20)).toMatchObject({ path: 'signs/3', previous: 'signs/2' });
    expect(listPage('signs', items, 3, 20).next).toBeUndefined();
  });

  it('refuses a page out of range', () => {
    expect(() => listPage('signs', items, 0, 20)).toThrow('pages 1 to 3, not 0');
    expect(() => listPage('signs', items, 4, 20)).toThrow('pages 1 to 3, not 4');
    expect(() => listPage('signs', [], 2, 20)).toThrow('pages 1 to 1, not 2');
  });
});

describe('listPages', () => {
  it('makes one page, linking nowhere, while the items fit on it', () => {
    const pages = listPages('signs', numbers(8), 20);
    expect(pages).toEqual([{ number: 1, count: 1, items: numbers(8), path: 'signs' }]);
  });

  it('puts every item on exactly one page, in order', () => {
    const pages = listPages('rights', numbers(101), 20);
    expect(pages.map((page) => page.path)).toEqual([
      'rights',
      'rights/2',
      'rights/3',
      'rights/4',
      'rights/5',
      'rights/6',
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(numbers(101));
  });
});

describe('isPageNumber', () => {
  it('takes a path segment of digits only for a page number', () => {
    expect(isPageNumber('2')).toBe(true);
    expect(isPageNumber('02')).toBe(true);
    expect(isPageNumber('2025-spring')).toBe(false);
    expect(isPageNumber('fake-job-offers')).toBe(false);
    expect(isPageNumber('')).toBe(false);
  });
});
