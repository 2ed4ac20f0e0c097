import { describe, expect, it } from 'vitest';
import {
  budgetCheck,
  budgetFailure,
  coldSeconds,
  peakMemory,
  searchSeconds,
  type SiteMeasure,
  typicalSeconds,
  warmSeconds,
} from './measures.ts';

const site = (runs: [number, number, number][]): SiteMeasure => ({
  runs: runs.map(([seconds, peakMemory, searchSeconds]) => ({ seconds, peakMemory, searchSeconds })),
  pages: 100,
  outputBytes: 1,
  searchBytes: 1,
  pageWeight: 1,
  pageScript: 1,
});

describe('figures of several runs', () => {
  const three = site([
    [30, 900, 4],
    [12, 500, 2],
    [10, 700, 3],
  ]);

  it('takes the first run as cold and the median of the others as warm', () => {
    expect(coldSeconds(three)).toBe(30);
    expect(warmSeconds(three)).toBe(11);
    expect(typicalSeconds(three)).toBe(11);
  });

  it('takes the median of every run for memory and search index time', () => {
    expect(peakMemory(three)).toBe(700);
    expect(searchSeconds(three)).toBe(3);
  });

  it('has no warm time with one run, and compares sizes by the cold one then', () => {
    const one = site([[30, 900, 4]]);
    expect(warmSeconds(one)).toBeUndefined();
    expect(typicalSeconds(one)).toBe(30);
    expect(peakMemory(one)).toBe(900);
  });
});

describe('budgetCheck', () => {
  it('finds the heaviest page and the pages over the budget, heaviest first', () => {
    const check = budgetCheck(
      [
        { path: '/a', firstRender: 9000 },
        { path: '/b', firstRender: 14_337 },
        { path: '/c', firstRender: 14_336 },
        { path: '/d', firstRender: 20_000 },
      ],
      14_336,
    );
    expect(check).toEqual({
      pages: 4,
      heaviest: { path: '/d', firstRender: 20_000 },
      over: [
        { path: '/d', firstRender: 20_000 },
        { path: '/b', firstRender: 14_337 },
      ],
    });
  });

  it('has no heaviest page when there are none', () => {
    expect(budgetCheck([])).toEqual({ pages: 0, over: [] });
  });
});

describe('budgetFailure', () => {
  const within = { perLanguage: 100, budget: { pages: 2, over: [] } };
  const over = {
    perLanguage: 1000,
    budget: {
      pages: 2,
      over: [
        { path: '/check', firstRender: 15_000 },
        { path: '/en/check', firstRender: 14_400 },
      ],
    },
  };

  it('names every page over the budget, by size', () => {
    expect(budgetFailure([within, over], 14_336)).toBe(
      'pages of this site are over the first-render budget of 14,336 B gzipped:\n' +
        'at 1000 pages per language: /check (15,000 B), /en/check (14,400 B)',
    );
  });

  it('is undefined when every page is within it', () => {
    expect(budgetFailure([within])).toBeUndefined();
  });
});
