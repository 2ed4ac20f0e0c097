/**
 * The benchmark's results: this site against the Starlight reference site
 * built from the same content, each built several times per size; the
 * medians and ratios, how time and memory grow with size, the goals
 * (goals.ts), and the report written as a plain-text summary and as Markdown.
 */
import {
  alignedTable,
  formatByteCount,
  formatBytes,
  formatRatio,
  formatSeconds,
  markdownTable,
  ratio,
} from './format.ts';
import { evaluateGoals, goalTable } from './goals.ts';
import {
  coldSeconds,
  peakMemory,
  searchSeconds,
  type SiteMeasure,
  type SizeResult,
  typicalSeconds,
  warmSeconds,
} from './measures.ts';

interface Row {
  label: string;
  value: (measure: SiteMeasure) => number | undefined;
  format: (value: number) => string;
}

function rows(runs: number): Row[] {
  const warmLabel = runs > 2 ? `median of runs 2–${runs}` : runs === 2 ? 'run 2' : 'needs --runs 2 or more';
  return [
    { label: 'build time, cold (run 1, caches empty)', value: coldSeconds, format: formatSeconds },
    { label: `build time, warm (${warmLabel}, caches kept)`, value: warmSeconds, format: formatSeconds },
    { label: `peak memory (median of ${runs})`, value: peakMemory, format: formatBytes },
    { label: `search index time (median of ${runs})`, value: searchSeconds, format: formatSeconds },
    { label: 'output size', value: (m) => m.outputBytes, format: formatBytes },
    { label: 'search index on disk', value: (m) => m.searchBytes, format: formatBytes },
    { label: 'typical article (HTML + CSS, gzip)', value: (m) => m.pageWeight, format: formatByteCount },
    { label: 'page scripts (gzip)', value: (m) => m.pageScript, format: formatBytes },
    { label: 'HTML pages built', value: (m) => m.pages, format: String },
  ];
}

function cells(result: SizeResult): string[][] {
  return rows(result.site.runs.length).map((row) => {
    const [site, starlight] = [row.value(result.site), row.value(result.starlight)];
    const show = (value: number | undefined) => (value === undefined ? '–' : row.format(value));
    const both = site !== undefined && starlight !== undefined;
    return [row.label, show(site), show(starlight), formatRatio(both ? ratio(site, starlight) : undefined)];
  });
}

const HEADER = ['metric', 'this site', 'Starlight', 'ratio'];

/** A plain-text table of every size, numbers aligned right, for the terminal. */
export function summaryTable(results: readonly SizeResult[]): string {
  const table = [
    ['pages/language', ...HEADER],
    ...results.flatMap((result) => cells(result).map((row, i) => [i === 0 ? String(result.perLanguage) : '', ...row])),
  ];
  return alignedTable(table, new Set([2, 3, 4]));
}

/** Milliseconds of build time per HTML page built. */
export function millisecondsPerPage(measure: SiteMeasure): number {
  return (typicalSeconds(measure) * 1000) / measure.pages;
}

/** Time per page and peak memory at each size, smallest size first. */
export function scalingTable(results: readonly SizeResult[]): string[][] {
  const sorted = [...results].sort((a, b) => a.perLanguage - b.perLanguage);
  return [
    ['pages/language', 'this site: ms/page', 'Starlight: ms/page', 'this site: peak memory', 'Starlight: peak memory'],
    ...sorted.map((r) => [
      String(r.perLanguage),
      millisecondsPerPage(r.site).toFixed(1),
      millisecondsPerPage(r.starlight).toFixed(1),
      formatBytes(peakMemory(r.site)),
      formatBytes(peakMemory(r.starlight)),
    ]),
  ];
}

/** Growth of time per page beyond which the build no longer scales linearly. */
export const LINEAR_TOLERANCE = 0.1;

/**
 * A sentence per site on how its time per page changes from the smallest size
 * to the largest: worse than linear when it grows by more than 10%. None with
 * a single size.
 */
export function scalingSentences(results: readonly SizeResult[]): string[] {
  if (results.length < 2) return [];
  const sorted = [...results].sort((a, b) => a.perLanguage - b.perLanguage);
  const [smallest, largest] = [sorted[0]!, sorted.at(-1)!];
  const sites = [
    ['This site', (r: SizeResult) => r.site],
    ['Starlight', (r: SizeResult) => r.starlight],
  ] as const;
  return sites.map(([name, pick]) => {
    const [from, to] = [millisecondsPerPage(pick(smallest)), millisecondsPerPage(pick(largest))];
    const growth = to / from - 1;
    const change = `from ${from.toFixed(1)} to ${to.toFixed(1)} ms (${growth >= 0 ? '+' : ''}${Math.round(growth * 100)}%)`;
    const span = `from ${smallest.perLanguage} to ${largest.perLanguage} pages per language`;
    return growth > LINEAR_TOLERANCE
      ? `${name}'s build time per page grows ${change} ${span}: worse than linear.`
      : `${name}'s build time per page goes ${change} ${span}: linear or better.`;
  });
}

/** What the report says about where and how it was measured. */
export interface ReportContext {
  /** ISO date and time of the run. */
  date: string;
  /** `4 × Some CPU, 16 GB`. */
  machine: string;
  versions: Record<string, string>;
  seed: number;
  runs: number;
  /** The chart's file name, relative to the report. */
  chart: string;
}

function previewImagesLine(result: SizeResult): string | undefined {
  const drawn = result.previewImagesDrawn;
  if (!drawn || drawn.length === 0) return undefined;
  const runs = drawn.map((count, i) => `run ${i + 1}: ${count ?? 'not logged'}`).join(', ');
  return `Preview images this site drew rather than took from its cache: ${runs}.`;
}

/**
 * Each run's search index time for both sites, and in how many runs this
 * site's was the shorter: single runs scatter (see "How it was measured"), so
 * the median is shown with what it is the median of.
 */
export function searchTimesLine(result: SizeResult): string {
  const pairs = result.site.runs.map((run, i) => [run.searchSeconds, result.starlight.runs[i]?.searchSeconds] as const);
  const runs = pairs
    .map(
      ([site, starlight], i) =>
        `run ${i + 1}: ${formatSeconds(site)} / ${starlight === undefined ? '–' : formatSeconds(starlight)}`,
    )
    .join(', ');
  const shorter = pairs.filter(([site, starlight]) => starlight !== undefined && site < starlight).length;
  return `Search index time, run by run (this site / Starlight): ${runs}. This site's was the shorter in ${shorter} of ${pairs.length}.`;
}

function budgetLines(results: readonly SizeResult[]): string[] {
  return results.map(({ perLanguage, budget }) => {
    const heaviest = budget.heaviest
      ? `heaviest ${budget.heaviest.path}, ${formatByteCount(budget.heaviest.firstRender)}`
      : 'no pages';
    const over =
      budget.over.length === 0
        ? 'none over'
        : `${budget.over.length} over: ${budget.over
            .slice(0, 10)
            .map((page) => `${page.path} (${formatByteCount(page.firstRender)})`)
            .join(', ')}${budget.over.length > 10 ? ', …' : ''}`;
    return `- ${perLanguage} pages per language: ${budget.pages} pages weighed, ${heaviest}; ${over}.`;
  });
}

/** The full report, in Markdown. */
export function markdownReport(results: readonly SizeResult[], context: ReportContext): string {
  const versions = Object.entries(context.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const right = new Set([1, 2, 3]);
  const sections = results.map((result) => {
    const table = markdownTable([HEADER, ...cells(result)], right);
    const lines = [searchTimesLine(result), previewImagesLine(result)].filter((line) => line !== undefined);
    return `## ${result.perLanguage} pages per language\n\n${table}\n\n${lines.join('\n\n')}`;
  });
  const goals = evaluateGoals(results);
  const scaling = scalingSentences(results);
  return `# Benchmark: this site and a Starlight site of the same content

Run on ${context.date} on ${context.machine}, with ${versions}. Synthetic content from seed ${context.seed}; each site
built ${context.runs} ${context.runs === 1 ? 'time' : 'times'} at each size.
Ratios are this site's value over Starlight's: below 1, this site uses less.

## Goals

${goals.note ? `${goals.note}\n\n` : ''}${markdownTable(goalTable(goals), new Set([2, 3, 4]))}

![Build time and peak memory against pages per language, this site and Starlight](${context.chart})

${sections.join('\n\n')}

## Time per page and peak memory per size

Build time per HTML page built (${context.runs > 1 ? 'warm runs' : 'the one run'}), and peak memory.

${markdownTable(scalingTable(results), new Set([1, 2, 3, 4]))}
${scaling.length > 0 ? `\n${scaling.join(' ')}\n` : ''}
## Page budget: every page's first render

This site's every built page, weighed as \`npm run budget\` weighs it: HTML and render-blocking CSS, gzip -9, at most
14,336 B.

${budgetLines(results).join('\n')}

## How it was measured

- **Content.** Each size adds that many warning-sign articles in each language, Mongolian and English twins, written
  from a small vocabulary of real words by a seeded generator: headings, paragraphs, lists, a link to another article,
  a link to the list of signs, links to sources and the police's number. This site keeps its own pages beside them;
  the Starlight site has the articles, a home page and a list of the articles in each language, Mongolian as the root
  locale and English under \`/en\`, with its built-in Pagefind search. Its sidebar links to the list rather than to
  every article, as this site's navigation does.
- **Runs.** At each size both sites are written once, into fresh folders, then built in turn, this site then
  Starlight, ${context.runs} ${context.runs === 1 ? 'time' : 'times'}. Run 1 is **cold**: no caches (this site's
  preview images and service worker in \`node_modules/.cache/\` are emptied before it; neither site has Astro's
  content store yet, where this site keeps each article's rendered HTML and Starlight its entries). Runs 2 and later
  are **warm**: each site keeps its caches from the run before, as when an editor builds again after a change. Times and memory are medians of the runs; sizes and weights are the same in
  every run and come from the last.
- **Build time.** Wall-clock time of the build command: \`node scripts/build.ts\` for this site, \`astro build\` for
  Starlight.
- **Peak memory.** The largest resident memory of the build's processes together (Pagefind runs as a child process),
  sampled from \`/proc\` every 200 ms, or the build process's own peak if that is larger.
- **Search index time.** What each build logs for its Pagefind step, from starting Pagefind to writing the index:
  this site's search-index integration ("… pages for search in 1.5 s") and Starlight's ("Finished building search
  index in 134ms"). Both steps run the same Pagefind code on about the same number of pages and create about
  2,100 files each; on a disk slow to create files, that cost drifts from run to run for both sites, so each run's
  time is listed under its size.
- **Output size.** Every file of the built site; **search index on disk**, every file under \`pagefind/\`.
- **Typical article.** Median over the synthetic articles in both languages of the page's HTML plus the stylesheets
  that block its rendering (\`<link rel="stylesheet">\` other than print), each compressed with gzip -9. **Page
  scripts**: the scripts the page runs on load, with the modules they import, gzip -9.
`;
}
