/**
 * Benchmarks this site against a Starlight site of the same content. For each
 * size, writes that many synthetic warning-sign articles per language, builds
 * a copy of this site and a Starlight reference site with them, one after the
 * other, and measures build time, peak memory, output size, search index size
 * and the weight of a typical article page. Prints progress as it goes, then a
 * summary with the ratios and the goals, and writes the full report.
 *
 *   node scripts/bench.ts [--sizes 100,1000] [--out bench-report.md] [--seed 1] [--keep]
 *
 * Starlight is installed on first use into the system's temporary folder and
 * reused from there; it is not a dependency of this site. `--keep` leaves the
 * built copies and their build logs in place.
 */
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../src/lib/locales.ts';
import {
  builtFileReader,
  countHtml,
  directoryBytes,
  logTail,
  type MeasuredRun,
  runMeasured,
} from './lib/bench/measure.ts';
import { DEFAULT_SIZES, parseSizes } from './lib/bench/options.ts';
import { typicalWeight } from './lib/bench/page-weight.ts';
import {
  evaluateGoals,
  formatBytes,
  formatElapsed,
  formatSeconds,
  goalLines,
  markdownReport,
  type SiteMeasure,
  type SizeResult,
  summaryTable,
} from './lib/bench/report.ts';
import { installStarlight, packageVersion, STARLIGHT_VERSION, writeStarlightProject } from './lib/bench/starlight.ts';
import {
  type Dialect,
  sectionPath,
  siteFiles,
  starlightFiles,
  type SyntheticArticle,
  syntheticArticles,
} from './lib/bench/synthetic-content.ts';
import { copyProject, PROJECT_ROOT } from './lib/project-copy.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: DEFAULT_SIZES.join(',') },
    out: { type: 'string', default: join(PROJECT_ROOT, 'bench-report.md') },
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

/** Builds one site in `root` and measures it; stops the benchmark when the build fails. */
async function buildAndMeasure(
  name: string,
  root: string,
  args: readonly string[],
  paths: readonly string[],
): Promise<SiteMeasure> {
  const log = join(root, 'build.log');
  say(`${name}: building`);
  const run: MeasuredRun = await runMeasured({
    cwd: root,
    args,
    log,
    onHeartbeat: (elapsed) => say(`${name}: still building, ${formatElapsed(elapsed)} so far`),
  });
  if (run.status !== 0) {
    throw new Error(`${name}: the build failed (status ${run.status}). The end of its output:\n${logTail(log)}`);
  }
  say(`${name}: built in ${formatSeconds(run.seconds)}, peak memory ${formatBytes(run.peakMemory)}; weighing pages`);
  const dist = join(root, 'dist');
  const weight = typicalWeight(paths, builtFileReader(dist));
  const measure: SiteMeasure = {
    pages: countHtml(dist),
    buildSeconds: run.seconds,
    peakMemory: run.peakMemory,
    outputBytes: directoryBytes(dist),
    searchBytes: directoryBytes(join(dist, 'pagefind')),
    pageWeight: weight.firstRender,
    pageScript: weight.script,
  };
  say(
    `${name}: ${measure.pages} pages, ${formatBytes(measure.outputBytes)} in all, search index ` +
      `${formatBytes(measure.searchBytes)}, typical article ${formatBytes(measure.pageWeight)} gzipped`,
  );
  return measure;
}

try {
  const sizes = parseSizes(values.sizes);
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

    const siteName = `${size}/language, this site`;
    const siteRoot = temporaryFolder('site-bench-site-');
    say(`${siteName}: copying the project and writing ${size * 2} synthetic articles`);
    copyProject(siteRoot);
    writeFiles(siteRoot, siteFiles(articles));
    const site = await buildAndMeasure(siteName, siteRoot, ['scripts/build.ts'], articlePaths(articles, 'site'));

    const starlightName = `${size}/language, Starlight`;
    const starlightRoot = temporaryFolder('site-bench-starlight-');
    say(`${starlightName}: writing the project and ${size * 2} synthetic articles`);
    writeStarlightProject(starlightRoot, starlight.modules, astroVersion, starlightFiles(articles));
    const reference = await buildAndMeasure(
      starlightName,
      starlightRoot,
      ['node_modules/astro/bin/astro.mjs', 'build'],
      articlePaths(articles, 'starlight'),
    );

    results.push({ perLanguage: size, site, starlight: reference });
    if (values.keep) say(`Kept the builds and their logs in ${siteRoot} and ${starlightRoot}`);
    cleanUp();
  }

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
  });
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report);

  console.log(`\n${summaryTable(results)}\n\nRatios are this site / Starlight.\n`);
  console.log(goalLines(evaluateGoals(results)).join('\n'));
  console.log(`\nTotal ${formatElapsed(performance.now() - started)}. Report written to ${out}.`);
} catch (error) {
  console.error(`\nThe benchmark stopped: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  cleanUp();
}
