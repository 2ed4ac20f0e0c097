/**
 * What the benchmark measures of each site at each size, and the figures
 * drawn from several builds: the cold run, the median of the warm runs, the
 * medians of memory and search index time; and this site's pages against the
 * first-render budget.
 */
import { FIRST_RENDER_BUDGET } from '../../../src/lib/checks/page-budget.ts';
import { median } from './page-weight.ts';

/** What one build of one site measured. */
export interface RunMeasure {
  /** Wall-clock time of the build command. */
  seconds: number;
  /** Peak resident memory of the build, in bytes. */
  peakMemory: number;
  /** Time the build spent on its search index, as its log says. */
  searchSeconds: number;
}

/**
 * One site built `runs.length` times in the same folder: the first with its
 * caches empty (cold), the others keeping them (warm). The output is the same
 * every time, so its sizes and weights come from one build.
 */
export interface SiteMeasure {
  runs: readonly RunMeasure[];
  /** HTML pages in the built site. */
  pages: number;
  /** Every file of the built site, in bytes. */
  outputBytes: number;
  /** The search index and its code (`pagefind/`), in bytes. */
  searchBytes: number;
  /** Median over the synthetic articles of HTML plus render-blocking CSS, gzip -9, in bytes. */
  pageWeight: number;
  /** Median over the synthetic articles of the scripts a page runs on load, gzip -9, in bytes. */
  pageScript: number;
}

/** Both sites built with the same number of synthetic articles per language. */
export interface SizeResult {
  perLanguage: number;
  site: SiteMeasure;
  starlight: SiteMeasure;
  /** This site's pages against the first-render budget. */
  budget: BudgetCheck;
  /** Preview images this site drew in each run (the others came from its cache), when its log says. */
  previewImagesDrawn?: readonly (number | undefined)[];
}

/** Build time of the first run, caches empty. */
export function coldSeconds(measure: SiteMeasure): number {
  return measure.runs[0]!.seconds;
}

/** Median build time of the runs after the first, caches kept; undefined with one run. */
export function warmSeconds(measure: SiteMeasure): number | undefined {
  return measure.runs.length > 1 ? median(measure.runs.slice(1).map((run) => run.seconds)) : undefined;
}

/** Median peak memory of every run. */
export function peakMemory(measure: SiteMeasure): number {
  return median(measure.runs.map((run) => run.peakMemory));
}

/** Median search index time of every run. */
export function searchSeconds(measure: SiteMeasure): number {
  return median(measure.runs.map((run) => run.searchSeconds));
}

/** The build time to compare sizes by: warm when there are warm runs, else cold. */
export function typicalSeconds(measure: SiteMeasure): number {
  return warmSeconds(measure) ?? coldSeconds(measure);
}

/** A page and the gzipped bytes of its HTML and render-blocking CSS. */
export interface PageFirstRender {
  path: string;
  firstRender: number;
}

/** Every page of a build against the first-render budget. */
export interface BudgetCheck {
  pages: number;
  /** The heaviest page; undefined when there are none. */
  heaviest?: PageFirstRender;
  /** Pages over the budget, heaviest first. */
  over: PageFirstRender[];
}

/** The heaviest page and the pages over `budget`, from the weights of every page. */
export function budgetCheck(weights: readonly PageFirstRender[], budget = FIRST_RENDER_BUDGET): BudgetCheck {
  const sorted = [...weights].sort((a, b) => b.firstRender - a.firstRender || a.path.localeCompare(b.path));
  const page = ({ path, firstRender }: PageFirstRender) => ({ path, firstRender });
  return {
    pages: weights.length,
    ...(sorted[0] ? { heaviest: page(sorted[0]) } : {}),
    over: sorted.filter((weight) => weight.firstRender > budget).map(page),
  };
}

/**
 * Why the benchmark fails when pages of this site are over the first-render
 * budget at any size, naming them; undefined when every page is within it.
 */
export function budgetFailure(
  results: readonly Pick<SizeResult, 'perLanguage' | 'budget'>[],
  budget = FIRST_RENDER_BUDGET,
): string | undefined {
  const over = results.filter((result) => result.budget.over.length > 0);
  if (over.length === 0) return undefined;
  const sizes = over.map(
    ({ perLanguage, budget: check }) =>
      `at ${perLanguage} pages per language: ` +
      check.over.map((page) => `${page.path} (${page.firstRender.toLocaleString('en-US')} B)`).join(', '),
  );
  return `pages of this site are over the first-render budget of ${budget.toLocaleString('en-US')} B gzipped:\n${sizes.join('\n')}`;
}
