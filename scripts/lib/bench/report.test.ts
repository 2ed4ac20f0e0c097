import { describe, expect, it } from 'vitest';
import {
  evaluateGoals,
  formatBytes,
  formatElapsed,
  formatRatio,
  goalLines,
  markdownReport,
  ratio,
  type SiteMeasure,
  type SizeResult,
  summaryTable,
} from './report.ts';

const measure = (overrides: Partial<SiteMeasure> = {}): SiteMeasure => ({
  pages: 100,
  buildSeconds: 10,
  peakMemory: 500 * 1024 * 1024,
  outputBytes: 20 * 1024 * 1024,
  searchBytes: 2 * 1024 * 1024,
  pageWeight: 20 * 1024,
  pageScript: 6 * 1024,
  ...overrides,
});

const results: SizeResult[] = [
  { perLanguage: 100, site: measure({ buildSeconds: 8 }), starlight: measure() },
  {
    perLanguage: 1000,
    site: measure({ buildSeconds: 30, pageWeight: 4 * 1024 }),
    starlight: measure({ buildSeconds: 100 }),
  },
];

describe('formatting', () => {
  it('writes bytes in the unit that reads best', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(45.6 * 1024 * 1024)).toBe('45.6 MB');
    expect(formatBytes(2434.7 * 1024 * 1024)).toBe('2.38 GB');
  });

  it('writes elapsed time as a clock', () => {
    expect(formatElapsed(7_900)).toBe('0:07');
    expect(formatElapsed(754_000)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('divides this site by Starlight, and shows a dash when Starlight has nothing to divide by', () => {
    expect(ratio(30, 100)).toBe(0.3);
    expect(formatRatio(ratio(30, 100))).toBe('0.30');
    expect(formatRatio(ratio(5, 0))).toBe('–');
  });
});

describe('evaluateGoals', () => {
  it('checks build time and page weight at 1000 pages per language', () => {
    const [build, weight] = evaluateGoals(results);
    expect(build).toMatchObject({ metric: 'buildSeconds', ratio: 0.3, met: true });
    expect(weight).toMatchObject({ metric: 'pageWeight', ratio: 0.2, met: false });
    expect(goalLines([build!, weight!])).toEqual([
      '✓ build time at most half of Starlight’s at 1000 pages per language: 0.30 (goal ≤ 0.50), met',
      '✗ page weight at most a tenth of Starlight’s at 1000 pages per language: 0.20 (goal ≤ 0.10), not met',
    ]);
  });

  it('counts a ratio equal to the goal as met', () => {
    const [build] = evaluateGoals([
      { perLanguage: 1000, site: measure({ buildSeconds: 50 }), starlight: measure({ buildSeconds: 100 }) },
    ]);
    expect(build!.met).toBe(true);
  });

  it('says when the size was not run', () => {
    const goals = evaluateGoals(results.slice(0, 1));
    expect(goals.every((goal) => goal.ratio === undefined && goal.met === undefined)).toBe(true);
    expect(goalLines(goals)[0]).toContain('not measured (run with --sizes 1000)');
  });
});

describe('summaryTable', () => {
  const table = summaryTable(results);
  const lines = table.split('\n');

  it('has one row per metric and size, with the size on its first row only', () => {
    expect(lines[0]).toMatch(/^pages\/language\s+metric\s+this site\s+Starlight\s+ratio$/);
    expect(lines).toHaveLength(1 + 2 * 7);
    expect(lines[1]).toMatch(/^100\s+build time\s+8\.0 s\s+10\.0 s\s+0\.80$/);
    expect(lines[2]).toMatch(/^\s+peak memory/);
    expect(lines[8]).toMatch(/^1000\s+build time\s+30\.0 s\s+100\.0 s\s+0\.30$/);
  });

  it('aligns the numbers on the right', () => {
    const ends = lines.map((line) => line.length);
    expect(new Set(ends).size).toBe(1);
  });
});

describe('markdownReport', () => {
  const report = markdownReport(results, {
    date: '2026-01-02T03:04:05Z',
    machine: '2 × Test CPU, 4 GB of memory (linux)',
    versions: { Astro: '7.3.5', Starlight: '0.42.4' },
    seed: 1,
  });

  it('has a table per size, the goals and how it was measured', () => {
    expect(report).toContain('## 100 pages per language');
    expect(report).toContain('| build time | 30.0 s | 100.0 s | 0.30 |');
    expect(report).toContain('- ✗ page weight at most a tenth');
    expect(report).toContain('Astro 7.3.5, Starlight 0.42.4');
    expect(report).toContain('## How it was measured');
  });
});
