/**
 * Benchmarks this site against a Starlight site of the same content. For each
 * size, writes that many synthetic warning-sign articles per language into a
 * copy of this site and a Starlight reference site, then builds them in turn
 * `--runs` times: the first build with empty caches, the others keeping them.
 * Measures build time, peak memory, search index time (from each build's
 * log), output size, search index size and the weight of a typical article
 * page, and checks every page of this site against the page budget. Prints
 * progress as it goes, then a summary with the ratios and the goals, and
 * writes the full report and a chart beside it.
 *
 *   node scripts/bench.ts [--sizes 100,1000] [--runs 3] [--out bench-report.md] [--seed 1] [--keep]
 *
 * Starlight is installed on first use into the system's temporary folder and
 * reused from there; it is not a dependency of this site. `--keep` leaves the
 * built copies and their build logs in place. Exits with status 1 when a
 * build fails or a page of this site is over the first-render budget (after
 * writing the report).
 */
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../src/lib/locales.ts';
import { previewImagesDrawn, siteSearchSeconds, starlightSearchSeconds } from './lib/bench/build-log.ts';
import { chartSvg } from './lib/bench/chart.ts';
import { alignedTable, formatByteCount, formatBytes, formatElapsed, formatSeconds } from './lib/bench/format.ts';
import { evaluateGoals, goalTable } from './lib/bench/goals.ts';
import {
  builtFileReader,
  countHtml,
  directoryBytes,
  logTail,
  type MeasuredRun,
  runMeasured,
} from './lib/bench/measure.ts';
import {
  budgetCheck,
  budgetFailure,
  peakMemory,
  type RunMeasure,
  type SiteMeasure,
  type SizeResult,
  typicalSeconds,
} from './lib/bench/measures.ts';
import { DEFAULT_RUNS, DEFAULT_SIZES, parseRuns, parseSizes } from './lib/bench/options.ts';
import { typicalWeight } from './lib/bench/page-weight.ts';
import { markdownReport, scalingSentences, summaryTable } from './lib/bench/report.ts';
import { installStarlight, packageVersion, STARLIGHT_VERSION, writeStarlightProject } from './lib/bench/starlight.ts';
import {
  type Dialect,
  sectionPath,
  siteFiles,
  starlightFiles,
  type SyntheticArticle,
  syntheticArticles,
} from './lib/bench/synthetic-content.ts';
import { weighBuiltPages } from './lib/built-page-weights.ts';
import { copyProject, PROJECT_ROOT } from './lib/project-copy.ts';

/** Where this site's build keeps the preview images it drew (src/integrations/preview-images.ts). */
const PREVIEW_CACHE = join('node_modules', '.cache', 'preview-images');
/** Where it keeps the service workers Workbox made (src/integrations/offline.ts). */
const SERVICE_WORKER_CACHE = join('node_modules', '.cache', 'service-worker');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: DEFAULT_SIZES.join(',') },
    out: { type: 'string', default: join(PROJECT_ROOT, 'bench-report.md') },
    runs: { type: 'string', default: String(DEFAULT_RUNS) },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const say = (message: string) => console.log(`[${formatElapsed(performance.now() - started)}] ${message}`);

const folders: string[] = [];
function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}
function cleanUp() {
  if (values.keep) return;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

function writeFiles(root: string, files: ReadonlyMap<string, string>) {
  for (const [file, text] of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

function articlePaths(articles: readonly SyntheticArticle[], dialect: Dialect): string[] {
  return articles.flatMap((article) =>
    (['mn', 'en'] as Locale[]).map((locale) => sectionPath(locale, dialect, article.slug)),
  );
}

/** One of the two sites at one size: where it is, how it is built, what its builds measured. */
interface BenchSite {
  name: string;
  root: string;
  /** Arguments to `node` that build it. */
  args: readonly string[];
  /** URL paths of its synthetic articles. */
  paths: readonly string[];
  searchSeconds: (log: string) => number;
  /** Cache folders, relative to `root`, emptied before the first run. */
  caches: readonly string[];
  runs: RunMeasure[];
}

/** Builds a site once and measures it; stops the benchmark when the build fails. */
async function buildOnce(site: BenchSite, run: number, runs: number): Promise<string> {
  const log = join(site.root, `build-${run}.log`);
  const which = `${site.name}, run ${run} of ${runs} (${run === 1 ? 'cold' : 'warm'})`;
  if (run === 1) for (const cache of site.caches) rmSync(join(site.root, cache), { recursive: true, force: true });
  say(`${which}: building`);
  const measured: MeasuredRun = await runMeasured({
    cwd: site.root,
    args: site.args,
    log,
    onHeartbeat: (elapsed) => say(`${which}: still building, ${formatElapsed(elapsed)} so far`),
  });
  if (measured.status !== 0) {
    throw new Error(`${which}: the build failed (status ${measured.status}). The end of its output:\n${logTail(log)}`);
  }
  const text = readFileSync(log, 'utf8');
  const measure: RunMeasure = {
    seconds: measured.seconds,
    peakMemory: measured.peakMemory,
    searchSeconds: site.searchSeconds(text),
  };
  site.runs.push(measure);
  say(
    `${which}: built in ${formatSeconds(measure.seconds)}, peak memory ${formatBytes(measure.peakMemory)}, ` +
      `search index in ${formatSeconds(measure.searchSeconds)}`,
  );
  return text;
}

/** What a site's last build wrote: the same in every run. */
function measureOutput(site: BenchSite): SiteMeasure {
  const dist = join(site.root, 'dist');
  const weight = typicalWeight(site.paths, builtFileReader(dist));
  const measure: SiteMeasure = {
    runs: site.runs,
    pages: countHtml(dist),
    outputBytes: directoryBytes(dist),
    searchBytes: directoryBytes(join(dist, 'pagefind')),
    pageWeight: weight.firstRender,
    pageScript: weight.script,
  };
  say(
    `${site.name}: ${measure.pages} pages, ${formatBytes(measure.outputBytes)} in all, search index ` +
      `${formatBytes(measure.searchBytes)}, typical article ${formatByteCount(measure.pageWeight)} gzipped`,
  );
  return measure;
}

/** The chart beside the report: build time and peak memory against size, both sites. */
function chart(results: readonly SizeResult[], runs: number): string {
  const series = (value: (measure: SiteMeasure) => number) => [
    { name: 'this site', dashed: false, points: results.map((r) => ({ x: r.perLanguage, y: value(r.site) })) },
    { name: 'Starlight', dashed: true, points: results.map((r) => ({ x: r.perLanguage, y: value(r.starlight) })) },
  ];
  const [time, memory] = [series(typicalSeconds), series((measure) => peakMemory(measure) / 1024 ** 2)];
  return chartSvg({
    title: 'Build time and peak memory against articles per language, this site and Starlight',
    xLabel: 'articles per language',
    panels: [
      { title: runs > 1 ? 'Build time, warm (median)' : 'Build time', yLabel: 'build time (s)', series: time },
      { title: 'Peak memory (median)', yLabel: 'peak memory (MB)', series: memory },
    ],
  });
}

try {
  const sizes = parseSizes(values.sizes);
  const runs = parseRuns(values.runs);
  const seed = Number.parseInt(values.seed, 10);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, not "${values.seed}"`);
  const siteModules = join(PROJECT_ROOT, 'node_modules');
  const astroVersion = packageVersion(siteModules, 'astro');

  say(`Starlight ${STARLIGHT_VERSION} with Astro ${astroVersion}: looking for it in the cache`);
  const starlight = installStarlight(astroVersion, () => say('Not in the cache: installing it with npm'));
  say(starlight.installed ? 'Starlight installed into the cache' : 'Starlight found in the cache');

  const results: SizeResult[] = [];
  for (const size of sizes) {
    const articles = syntheticArticles(size, seed);

    const site: BenchSite = {
      name: `${size}/language, this site`,
      root: temporaryFolder('site-bench-site-'),
      args: ['scripts/build.ts'],
      paths: articlePaths(articles, 'site'),
      searchSeconds: siteSearchSeconds,
      caches: [PREVIEW_CACHE, SERVICE_WORKER_CACHE],
      runs: [],
    };
    say(`${site.name}: copying the project and writing ${size * 2} synthetic articles`);
    copyProject(site.root);
    writeFiles(site.root, siteFiles(articles));

    const reference: BenchSite = {
      name: `${size}/language, Starlight`,
      root: temporaryFolder('site-bench-starlight-'),
      args: ['node_modules/astro/bin/astro.mjs', 'build'],
      paths: articlePaths(articles, 'starlight'),
      searchSeconds: starlightSearchSeconds,
      caches: [],
      runs: [],
    };
    say(`${reference.name}: writing the project and ${size * 2} synthetic articles`);
    writeStarlightProject(reference.root, starlight.modules, astroVersion, starlightFiles(articles));

    // Runs alternate between the sites, so a machine that slows down over time slows both alike.
    const drawn: (number | undefined)[] = [];
    for (let run = 1; run <= runs; run++) {
      drawn.push(previewImagesDrawn(await buildOnce(site, run, runs)));
      await buildOnce(reference, run, runs);
    }

    say(`${site.name}: weighing every page against the page budget`);
    const budget = budgetCheck(weighBuiltPages(join(site.root, 'dist')));
    say(
      `${site.name}: ${budget.pages} pages weighed, heaviest ${budget.heaviest?.path ?? '–'} ` +
        `${formatByteCount(budget.heaviest?.firstRender ?? 0)}, ${budget.over.length} over the budget`,
    );
    results.push({
      perLanguage: size,
      site: measureOutput(site),
      starlight: measureOutput(reference),
      budget,
      previewImagesDrawn: drawn,
    });
    if (values.keep) say(`Kept the builds and their logs in ${site.root} and ${reference.root}`);
    cleanUp();
  }

  const out = resolve(values.out);
  const chartFile = `${out.replace(/\.md$/i, '')}.svg`;
  const processor = cpus()[0]?.model.trim() ?? 'an unknown processor';
  const report = markdownReport(results, {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: `${cpus().length} × ${processor}, ${Math.round(totalmem() / 1024 ** 3)} GB of memory (${process.platform})`,
    versions: {
      'Node.js': process.versions.node,
      Astro: astroVersion,
      Starlight: packageVersion(starlight.modules, '@astrojs/starlight'),
      'Pagefind (this site)': packageVersion(siteModules, 'pagefind'),
      'Pagefind (Starlight)': packageVersion(starlight.modules, 'pagefind'),
    },
    seed,
    runs,
    chart: basename(chartFile),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report);
  writeFileSync(chartFile, chart(results, runs));

  const goals = evaluateGoals(results);
  console.log(`\n${summaryTable(results)}\n\nRatios are this site / Starlight.\n`);
  console.log(`${goals.note ? `${goals.note}\n` : ''}${alignedTable(goalTable(goals), new Set())}`);
  const scaling = scalingSentences(results);
  if (scaling.length > 0) console.log(`\n${scaling.join('\n')}`);
  console.log(
    `\nTotal ${formatElapsed(performance.now() - started)}. Report written to ${out}, chart to ${chartFile}.`,
  );

  const failure = budgetFailure(results);
  if (failure) throw new Error(failure);
} catch (error) {
  console.error(`\nThe benchmark stopped: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}
