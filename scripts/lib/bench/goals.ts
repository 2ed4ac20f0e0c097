/**
 * The goals the site sets itself against Starlight, at 1000 articles per
 * language: most as this site's figure over Starlight's, two as bytes that a
 * page may weigh. Each is checked against the results, with both sites'
 * figures beside it.
 */
import { FIRST_RENDER_BUDGET } from '../../../src/lib/checks/page-budget.ts';
import { formatByteCount, formatBytes, formatRatio, formatSeconds, ratio } from './format.ts';
import { coldSeconds, peakMemory, searchSeconds, type SizeResult, warmSeconds } from './measures.ts';

/** Articles per language at which the goals are set. */
export const GOAL_SIZE = 1000;

/** Bytes, gzipped, of a typical article's HTML and render-blocking CSS. */
export const TYPICAL_ARTICLE_BUDGET = 6000;

interface GoalDefinition {
  label: string;
  /** `ratio`: this site over Starlight at most `target`; `bytes`: this site's figure at most `target` bytes. */
  kind: 'ratio' | 'bytes';
  target: number;
  site: (result: SizeResult) => number | undefined;
  starlight: (result: SizeResult) => number | undefined;
  format: (value: number) => string;
}

export const GOALS: readonly GoalDefinition[] = [
  {
    label: 'build time, preview-image cache warm',
    kind: 'ratio',
    target: 0.7,
    site: (r) => warmSeconds(r.site),
    starlight: (r) => warmSeconds(r.starlight),
    format: formatSeconds,
  },
  {
    label: 'build time, empty image cache',
    kind: 'ratio',
    target: 1,
    site: (r) => coldSeconds(r.site),
    starlight: (r) => coldSeconds(r.starlight),
    format: formatSeconds,
  },
  {
    label: 'peak memory',
    kind: 'ratio',
    target: 1,
    site: (r) => peakMemory(r.site),
    starlight: (r) => peakMemory(r.starlight),
    format: formatBytes,
  },
  {
    label: 'typical article, HTML + render-blocking CSS, gzip',
    kind: 'bytes',
    target: TYPICAL_ARTICLE_BUDGET,
    site: (r) => r.site.pageWeight,
    starlight: (r) => r.starlight.pageWeight,
    format: formatByteCount,
  },
  {
    label: 'search index on disk',
    kind: 'ratio',
    target: 1,
    site: (r) => r.site.searchBytes,
    starlight: (r) => r.starlight.searchBytes,
    format: formatBytes,
  },
  {
    label: 'search index time',
    kind: 'ratio',
    target: 1,
    site: (r) => searchSeconds(r.site),
    starlight: (r) => searchSeconds(r.starlight),
    format: formatSeconds,
  },
];

export interface GoalResult {
  label: string;
  /** `≤ 0.70 × Starlight`, `≤ 6,000 B`. */
  target: string;
  site: string;
  starlight: string;
  ratio?: number;
  /** Undefined when it could not be measured. */
  met?: boolean;
}

export interface GoalsEvaluation {
  /** The size the goals were checked at; undefined when nothing was run. */
  perLanguage?: number;
  /** Said before the table when the goals were not checked at the size they are set for. */
  note?: string;
  goals: GoalResult[];
}

function checkGoal(goal: GoalDefinition, result: SizeResult | undefined): GoalResult {
  const target =
    goal.kind === 'ratio' ? `≤ ${goal.target.toFixed(2)} × Starlight` : `≤ ${formatByteCount(goal.target)}`;
  const site = result && goal.site(result);
  const starlight = result && goal.starlight(result);
  const show = (value: number | undefined) => (value === undefined ? '–' : goal.format(value));
  const value = site !== undefined && starlight !== undefined ? ratio(site, starlight) : undefined;
  const met =
    goal.kind === 'bytes'
      ? site === undefined
        ? undefined
        : site <= goal.target
      : value === undefined || !Number.isFinite(value)
        ? undefined
        : value <= goal.target;
  return {
    label: goal.label,
    target,
    site: show(site),
    starlight: show(starlight),
    ...(value !== undefined ? { ratio: value } : {}),
    ...(met !== undefined ? { met } : {}),
  };
}

/** Every page of this site within the first-render budget, at every size run. */
function checkBudget(results: readonly SizeResult[]): GoalResult {
  const heaviest = Math.max(...results.map((r) => r.budget.heaviest?.firstRender ?? 0));
  return {
    label: `every page's first render, gzip (heaviest, ${results.length === 1 ? 'the one size' : 'every size'})`,
    target: `≤ ${formatByteCount(FIRST_RENDER_BUDGET)}`,
    site: results.length > 0 ? formatByteCount(heaviest) : '–',
    starlight: '–',
    ...(results.length > 0 ? { met: results.every((r) => r.budget.over.length === 0) } : {}),
  };
}

/**
 * Checks the goals at 1000 articles per language; when that size was not run,
 * at the largest one that was, for orientation, and says so. The page budget
 * holds at every size.
 */
export function evaluateGoals(results: readonly SizeResult[]): GoalsEvaluation {
  const atGoalSize = results.find((r) => r.perLanguage === GOAL_SIZE);
  const largest = [...results].sort((a, b) => b.perLanguage - a.perLanguage)[0];
  const result = atGoalSize ?? largest;
  const note =
    result && !atGoalSize
      ? `Checked at ${result.perLanguage} pages per language, not at ${GOAL_SIZE} where the goals are set: for ` +
        `orientation only (run with --sizes ${GOAL_SIZE}).`
      : undefined;
  return {
    ...(result ? { perLanguage: result.perLanguage } : {}),
    ...(note ? { note } : {}),
    goals: [...GOALS.map((goal) => checkGoal(goal, result)), checkBudget(results)],
  };
}

export function verdict(goal: GoalResult): string {
  return goal.met === undefined ? 'not measured' : goal.met ? '✓ met' : '✗ not met';
}

/** The goals as rows of cells, header first. */
export function goalTable(evaluation: GoalsEvaluation): string[][] {
  const size = evaluation.perLanguage === undefined ? '' : ` (${evaluation.perLanguage} pages/language)`;
  return [
    [`goal${size}`, 'target', 'this site', 'Starlight', 'ratio', 'verdict'],
    ...evaluation.goals.map((goal) => [
      goal.label,
      goal.target,
      goal.site,
      goal.starlight,
      formatRatio(goal.ratio),
      verdict(goal),
    ]),
  ];
}
