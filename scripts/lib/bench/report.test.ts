import { describe, expect, it } from 'vitest';
import type { SiteMeasure, SizeResult } from './measures.ts';
import {
  markdownReport,
  millisecondsPerPage,
  scalingSentences,
  scalingTable,
  searchTimesLine,
  summaryTable,
} from './report.ts';

const MB = 1024 * 1024;

/** A site built twice: cold, then warm. */
const measure = (cold: number, warm: number, pages = 100, peak = 500): SiteMeasure => ({
  runs: [
    { seconds: cold, peakMemory: peak * MB, searchSeconds: 1.5 },
    { seconds: warm, peakMemory: peak * MB, searchSeconds: 0.5 },
  ],
  pages,
  outputBytes: 20 * MB,
  searchBytes: 2 * MB,
  pageWeight: 5123,
  pageScript: 600,
});

const result = (perLanguage: number, site: SiteMeasure, starlight: SiteMeasure): SizeResult => ({
  perLanguage,
  site,
  starlight,
  budget: { pages: site.pages, heaviest: { path: '/check', firstRender: 13_498 }, over: [] },
  previewImagesDrawn: [128, 0],
});

const results = [
  result(100, measure(20, 8, 400), measure(12, 10, 200)),
  result(1000, measure(60, 30, 2200, 900), measure(110, 100, 2000, 1200)),
];

describe('summaryTable', () => {
  const lines = summaryTable(results).split('\n');

  it('has one row per metric and size, with the size on its first row only', () => {
    expect(lines[0]).toMatch(/^pages\/language\s+metric\s+this site\s+Starlight\s+ratio$/);
    expect(lines).toHaveLength(1 + 2 * 9);
    expect(lines[1]).toMatch(/^100\s+build time, cold \(run 1, caches empty\)\s+20\.0 s\s+12\.0 s\s+1\.67$/);
    expect(lines[2]).toMatch(/^\s+build time, warm \(run 2, caches kept\)\s+8\.00 s\s+10\.0 s\s+0\.80$/);
    expect(lines[3]).toMatch(/^\s+peak memory \(median of 2\)/);
    expect(lines[4]).toMatch(/^\s+search index time \(median of 2\)\s+1\.00 s\s+1\.00 s\s+1\.00$/);
    expect(lines[10]).toMatch(/^1000\s+build time, cold/);
  });

  it('says a single run has no warm build time', () => {
    const one = (m: SiteMeasure): SiteMeasure => ({ ...m, runs: m.runs.slice(0, 1) });
    const [, warm] = summaryTable([result(10, one(measure(20, 8)), one(measure(12, 10)))])
      .split('\n')
      .slice(1);
    expect(warm).toMatch(/^\s+build time, warm \(needs --runs 2 or more, caches kept\)\s+–\s+–\s+–$/);
  });

  it('aligns the numbers on the right', () => {
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

describe('scaling', () => {
  it('divides build time by the pages built', () => {
    expect(millisecondsPerPage(results[0]!.site)).toBe(20);
  });

  it('tabulates time per page and memory per size, smallest first', () => {
    const table = scalingTable([...results].reverse());
    expect(table[1]).toEqual(['100', '20.0', '50.0', '500.0 MB', '500.0 MB']);
    expect(table[2]).toEqual(['1000', '13.6', '50.0', '900.0 MB', '1.17 GB']);
  });

  it('says when time per page grows by more than 10% from the smallest size to the largest', () => {
    const linear = [
      result(100, measure(20, 10, 400), measure(12, 10, 200)),
      result(1000, measure(60, 45, 2000), measure(110, 105, 2000)),
    ];
    expect(scalingSentences(linear)).toEqual([
      "This site's build time per page goes from 25.0 to 22.5 ms (-10%) from 100 to 1000 pages per language: linear or better.",
      "Starlight's build time per page goes from 50.0 to 52.5 ms (+5%) from 100 to 1000 pages per language: linear or better.",
    ]);
    const slower = [
      result(10, measure(2, 1, 100), measure(2, 1, 100)),
      result(20, measure(4, 3, 200), measure(2, 2, 200)),
    ];
    expect(scalingSentences(slower)[0]).toBe(
      "This site's build time per page grows from 10.0 to 15.0 ms (+50%) from 10 to 20 pages per language: worse than linear.",
    );
    expect(scalingSentences(results.slice(0, 1))).toEqual([]);
  });
});

describe('searchTimesLine', () => {
  it('lists each run’s index time for both sites and counts the runs this site’s was the shorter', () => {
    const times = (...seconds: number[]): SiteMeasure => ({
      ...measure(1, 1),
      runs: seconds.map((searchSeconds) => ({ seconds: 10, peakMemory: MB, searchSeconds })),
    });
    expect(searchTimesLine(result(1000, times(2.12, 1.99, 4.19), times(2.5, 3.11, 3.8)))).toBe(
      "Search index time, run by run (this site / Starlight): run 1: 2.12 s / 2.50 s, run 2: 1.99 s / 3.11 s, run 3: 4.19 s / 3.80 s. This site's was the shorter in 2 of 3.",
    );
  });
});

describe('markdownReport', () => {
  const report = markdownReport(results, {
    date: '2026-01-02T03:04:05Z',
    machine: '2 × Test CPU, 4 GB of memory (linux)',
    versions: { Astro: '7.3.5', Starlight: '0.42.4' },
    seed: 1,
    runs: 2,
    chart: 'bench-report.svg',
  });

  it('has the goals, a table per size, the scaling, the page budget and how it was measured', () => {
    expect(report).toContain('| goal (1000 pages/language) | target | this site | Starlight | ratio | verdict |');
    expect(report).toContain(
      '| build time, preview-image cache warm | ≤ 0.70 × Starlight | 30.0 s | 100.0 s | 0.30 | ✓ met |',
    );
    expect(report).toContain('## 100 pages per language');
    expect(report).toContain('| typical article (HTML + CSS, gzip) | 5,123 B | 5,123 B | 1.00 |');
    expect(report).toContain('## Time per page and peak memory per size');
    expect(report).toContain('- 1000 pages per language: 2200 pages weighed, heaviest /check, 13,498 B; none over.');
    expect(report).toContain('Preview images this site drew rather than took from its cache: run 1: 128, run 2: 0.');
    expect(report).toContain(
      "Search index time, run by run (this site / Starlight): run 1: 1.50 s / 1.50 s, run 2: 0.50 s / 0.50 s. This site's was the shorter in 0 of 2.",
    );
    expect(report).toContain('Astro 7.3.5, Starlight 0.42.4');
    expect(report).toContain('## How it was measured');
  });

  it('links the chart', () => {
    expect(report).toContain('](bench-report.svg)');
  });
});
