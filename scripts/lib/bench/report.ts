/**
 * The benchmark's results: this site against the Starlight reference site
 * built from the same content, the ratios between them, the goals, and the
 * report written as a plain-text summary and as Markdown.
 */

/** What one build of one site measured. */
export interface SiteMeasure {
  /** HTML pages in the built site. */
  pages: number;
  /** Wall-clock time of the build command. */
  buildSeconds: number;
  /** Peak resident memory of the build, in bytes. */
  peakMemory: number;
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
}

/** A goal the issue sets: this site's value at most `target` times Starlight's, at `perLanguage` articles. */
export interface Goal {
  label: string;
  metric: 'buildSeconds' | 'pageWeight';
  target: number;
  perLanguage: number;
  /** This site / Starlight; undefined when that size was not run. */
  ratio?: number;
  met?: boolean;
}

export const GOALS: readonly Omit<Goal, 'ratio' | 'met'>[] = [
  { label: 'build time at most half of Starlight’s', metric: 'buildSeconds', target: 0.5, perLanguage: 1000 },
  { label: 'page weight at most a tenth of Starlight’s', metric: 'pageWeight', target: 0.1, perLanguage: 1000 },
];

interface Row {
  label: string;
  value: (measure: SiteMeasure) => number;
  format: (value: number) => string;
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** Bytes in the unit that reads best: `512 B`, `12.3 KB`, `45.6 MB`, `2.38 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < GB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / GB).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

/** Elapsed time for progress lines: `0:07`, `12:34`, `1:02:03`. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.floor(milliseconds / 1000);
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** This site's value over Starlight's; NaN when Starlight's is zero. */
export function ratio(site: number, starlight: number): number {
  return starlight === 0 ? Number.NaN : site / starlight;
}

export function formatRatio(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '–';
}

const ROWS: readonly Row[] = [
  { label: 'build time', value: (m) => m.buildSeconds, format: formatSeconds },
  { label: 'peak memory', value: (m) => m.peakMemory, format: formatBytes },
  { label: 'output size', value: (m) => m.outputBytes, format: formatBytes },
  { label: 'search index', value: (m) => m.searchBytes, format: formatBytes },
  { label: 'page weight (HTML + CSS, gzip)', value: (m) => m.pageWeight, format: formatBytes },
  { label: 'page scripts (gzip)', value: (m) => m.pageScript, format: formatBytes },
  { label: 'HTML pages built', value: (m) => m.pages, format: String },
];

/** Each goal with its ratio and whether it is met, for the sizes that were run. */
export function evaluateGoals(results: readonly SizeResult[]): Goal[] {
  return GOALS.map((goal) => {
    const result = results.find((r) => r.perLanguage === goal.perLanguage);
    if (!result) return { ...goal };
    const value = ratio(result.site[goal.metric], result.starlight[goal.metric]);
    return { ...goal, ratio: value, met: value <= goal.target };
  });
}

/** One line per goal: `✓ build time … : 0.31 (goal ≤ 0.50)`. */
export function goalLines(goals: readonly Goal[]): string[] {
  return goals.map((goal) => {
    const where = `at ${goal.perLanguage} pages per language`;
    if (goal.ratio === undefined)
      return `– ${goal.label} ${where}: not measured (run with --sizes ${goal.perLanguage})`;
    const verdict = goal.met ? 'met' : 'not met';
    return `${goal.met ? '✓' : '✗'} ${goal.label} ${where}: ${formatRatio(goal.ratio)} (goal ≤ ${goal.target.toFixed(2)}), ${verdict}`;
  });
}

function cells(result: SizeResult): string[][] {
  return ROWS.map((row) => {
    const [site, starlight] = [row.value(result.site), row.value(result.starlight)];
    return [row.label, row.format(site), row.format(starlight), formatRatio(ratio(site, starlight))];
  });
}

const HEADER = ['metric', 'this site', 'Starlight', 'ratio'];

/** A plain-text table of every size, numbers aligned right, for the terminal. */
export function summaryTable(results: readonly SizeResult[]): string {
  const rows = [
    ['pages/language', ...HEADER],
    ...results.flatMap((result) => cells(result).map((row, i) => [i === 0 ? String(result.perLanguage) : '', ...row])),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** What the report says about where and how it was measured. */
export interface ReportContext {
  /** ISO date and time of the run. */
  date: string;
  /** `4 × Some CPU, 16 GB`. */
  machine: string;
  versions: Record<string, string>;
  seed: number;
}

/** The full report, in Markdown. */
export function markdownReport(results: readonly SizeResult[], context: ReportContext): string {
  const versions = Object.entries(context.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const sections = results.map((result) => {
    const table = [
      `| ${HEADER.join(' | ')} |`,
      '| --- | ---: | ---: | ---: |',
      ...cells(result).map((row) => `| ${row.join(' | ')} |`),
    ];
    return `## ${result.perLanguage} pages per language\n\n${table.join('\n')}`;
  });
  return `# Benchmark: this site and a Starlight site of the same content

Run on ${context.date} on ${context.machine}, with ${versions}. Synthetic content from seed ${context.seed}.
Ratios are this site's value over Starlight's: below 1, this site uses less.

${sections.join('\n\n')}

## Goals

${goalLines(evaluateGoals(results))
  .map((line) => `- ${line}`)
  .join('\n')}

## How it was measured

- **Content.** Each size adds that many warning-sign articles in each language, Mongolian and English twins, written
  from a small vocabulary of real words by a seeded generator: headings, paragraphs, lists, a link to another article,
  a link to the list of signs, links to sources and the police's number. This site keeps its own pages beside them;
  the Starlight site has the articles, a home page and a list of the articles in each language, Mongolian as the root
  locale and English under \`/en\`, with its built-in Pagefind search. Its sidebar links to the list rather than to
  every article, as this site's navigation does.
- **Build time.** Wall-clock time of the build command: \`node scripts/build.ts\` for this site, \`astro build\` for
  Starlight, one after the other on the same machine, each in a fresh copy with no cache.
- **Peak memory.** The largest resident memory of the build's processes together (Pagefind runs as a child process),
  sampled from \`/proc\` every 200 ms, or the build process's own peak if that is larger.
- **Output size.** Every file of the built site; **search index**, every file under \`pagefind/\`.
- **Page weight.** Median over the synthetic articles in both languages of the page's HTML plus the stylesheets that
  block its rendering (\`<link rel="stylesheet">\` other than print), each compressed with gzip -9. **Page scripts**:
  the scripts the page runs on load, with the modules they import, gzip -9.
`;
}
