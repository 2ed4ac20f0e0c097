import { describe, expect, it } from 'vitest';
import { evaluateGoals, goalTable, verdict } from './goals.ts';
import type { SiteMeasure, SizeResult } from './measures.ts';

const MB = 1024 * 1024;

/** A site built three times: cold, then two warm runs. */
const measure = (cold: number, warm: number, overrides: Partial<SiteMeasure> = {}): SiteMeasure => ({
  runs: [
    { seconds: cold, peakMemory: 500 * MB, searchSeconds: 2 },
    { seconds: warm, peakMemory: 500 * MB, searchSeconds: 2 },
    { seconds: warm, peakMemory: 500 * MB, searchSeconds: 2 },
  ],
  pages: 2000,
  outputBytes: 20 * MB,
  searchBytes: 2 * MB,
  pageWeight: 5000,
  pageScript: 1000,
  ...overrides,
});

const result = (perLanguage: number, site: SiteMeasure, starlight: SiteMeasure, over = 0): SizeResult => ({
  perLanguage,
  site,
  starlight,
  budget: {
    pages: site.pages,
    heaviest: { path: '/check', firstRender: over > 0 ? 15_000 : 13_000 },
    over: Array.from({ length: over }, (_, i) => ({ path: `/p${i}`, firstRender: 15_000 })),
  },
});

const byLabel = (results: SizeResult[]) =>
  Object.fromEntries(evaluateGoals(results).goals.map((goal) => [goal.label, goal]));

describe('evaluateGoals', () => {
  const goals = byLabel([
    result(100, measure(5, 4), measure(5, 5)),
    result(1000, measure(90, 60, { pageWeight: 5800, searchBytes: 3 * MB }), measure(100, 100, { pageWeight: 25_000 })),
  ]);

  it('holds warm build time to 0.7 of Starlight’s and cold build time to Starlight’s, at 1000', () => {
    expect(goals['build time, preview-image cache warm']).toMatchObject({
      site: '60.0 s',
      starlight: '100.0 s',
      ratio: 0.6,
      met: true,
      target: '≤ 0.70 × Starlight',
    });
    expect(goals['build time, empty image cache']).toMatchObject({ ratio: 0.9, met: true });
  });

  it('holds a typical article to 6,000 bytes, whatever Starlight weighs', () => {
    expect(goals['typical article, HTML + render-blocking CSS, gzip']).toMatchObject({
      site: '5,800 B',
      starlight: '25,000 B',
      target: '≤ 6,000 B',
      met: true,
    });
  });

  it('fails a ratio above its target', () => {
    expect(goals['search index on disk']).toMatchObject({ ratio: 1.5, met: false });
    expect(goals['peak memory']).toMatchObject({ ratio: 1, met: true });
    expect(goals['search index time']).toMatchObject({ ratio: 1, met: true });
  });

  it('holds every page to the first-render budget at every size', () => {
    const within = byLabel([result(100, measure(5, 4), measure(5, 5))]);
    const over = byLabel([result(100, measure(5, 4), measure(5, 5)), result(1000, measure(5, 4), measure(5, 5), 2)]);
    const label = (goals: Record<string, unknown>) => Object.keys(goals).find((key) => key.startsWith('every page'))!;
    expect(within[label(within)]).toMatchObject({ site: '13,000 B', target: '≤ 14,336 B', met: true });
    expect(over[label(over)]).toMatchObject({ site: '15,000 B', met: false });
  });

  it('says when 1000 pages per language were not run, and checks the largest size for orientation', () => {
    const evaluation = evaluateGoals([
      result(20, measure(5, 4), measure(10, 8)),
      result(10, measure(1, 1), measure(1, 1)),
    ]);
    expect(evaluation.perLanguage).toBe(20);
    expect(evaluation.note).toContain('not at 1000');
    expect(evaluation.goals[0]).toMatchObject({ ratio: 0.5, met: true });
  });

  it('cannot check the warm goal with one run', () => {
    const one = measure(5, 4);
    const evaluation = evaluateGoals([result(1000, { ...one, runs: one.runs.slice(0, 1) }, measure(5, 5))]);
    expect(evaluation.goals[0]).toMatchObject({ site: '–', starlight: '5.00 s' });
    expect(evaluation.goals[0]!.met).toBeUndefined();
    expect(verdict(evaluation.goals[0]!)).toBe('not measured');
  });
});

describe('goalTable', () => {
  it('has a row per goal with both sites, the ratio and the verdict', () => {
    const table = goalTable(evaluateGoals([result(1000, measure(90, 80), measure(100, 100))]));
    expect(table[0]).toEqual(['goal (1000 pages/language)', 'target', 'this site', 'Starlight', 'ratio', 'verdict']);
    expect(table[1]).toEqual([
      'build time, preview-image cache warm',
      '≤ 0.70 × Starlight',
      '80.0 s',
      '100.0 s',
      '0.80',
      '✗ not met',
    ]);
    expect(table).toHaveLength(1 + 7);
    expect(table.at(-1)!.at(-1)).toBe('✓ met');
  });
});
