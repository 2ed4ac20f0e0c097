/**
 * Runs Lighthouse (mobile settings: a mid-range phone on a slow 4G
 * connection, simulated) on one page of each type of the built site, served
 * as in production, in Debian's Chromium, and reports the four scores and
 * every audit that did not pass. A report, not a test: it exits 0 whatever
 * the scores, and 1 only when it cannot run.
 *
 *   npm run build && npm run lighthouse [-- --dir dist] [--out lighthouse-report.md]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveDist } from './serve.ts';
import { RESERVED_CODES } from '../src/lib/links/short-links.ts';
import { DEFAULT_LOCALE, LOCALES, localePath } from '../src/lib/locales.ts';
import { siteSections } from '../src/lib/site-map.ts';

/**
 * One page of each type the site map names, the first built in Mongolian
 * (Lighthouse reports nothing for a 404 answer, so the 404 page is asked for
 * by its own address), and the home page in every other language.
 */
function samplePages(dist: string): (readonly [type: string, path: string])[] {
  const pages = new Map<string, string>();
  const built = (path: string) => existsSync(join(dist, path === '/' ? 'index.html' : `${path.slice(1)}.html`));
  for (const section of siteSections()) {
    const { index, entry }: { index?: string; entry?: string } = section.budget;
    const path = localePath(DEFAULT_LOCALE, section.route);
    if (index && !pages.has(index) && built(path)) pages.set(index, path);
    if (entry && !pages.has(entry) && existsSync(join(dist, path))) {
      const first = readdirSync(join(dist, path))
        .filter((file) => file.endsWith('.html') && !RESERVED_CODES.includes(file.replace(/\.html$/, '')))
        .sort()[0];
      if (first) pages.set(entry, `${path}/${first.replace(/\.html$/, '')}`);
    }
  }
  for (const locale of LOCALES) {
    if (locale !== DEFAULT_LOCALE) pages.set(`home (${locale})`, localePath(locale, ''));
  }
  return [...pages];
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'lighthouse-report.md' },
  },
});
const dist = resolve(values.dir);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${values.dir}/index.html is missing: build the site first with "npm run build".`);
  process.exit(1);
}
try {
  assertChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/** Starts Chromium with a DevTools port for Lighthouse to drive. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'site-lighthouse-'));
  const child = spawn(CHROMIUM_PATH, [
    ...CHROMIUM_ARGS,
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  const port = await new Promise<number>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${output}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.once('exit', () => fail(new Error(`Chromium exited:\n${output}`)));
  });
  return {
    port,
    stop: () => {
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface PageResult {
  type: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  failing: string[];
}

const PAGES = samplePages(dist);
const server = await serveDist(dist, 0);
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
let chromium: Awaited<ReturnType<typeof startChromium>>;
try {
  chromium = await startChromium();
} catch (error) {
  server.close();
  console.error((error as Error).message);
  process.exit(1);
}

const results: PageResult[] = [];
try {
  for (const [index, [type, path]] of PAGES.entries()) {
    process.stdout.write(`[${index + 1}/${PAGES.length}] ${type} ${path} … `);
    const runner = await lighthouse(`${origin}${path}`, {
      port: chromium.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
    });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = runner;
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
    ) as PageResult['scores'];
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .filter((audit) => audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
      .map((audit) => `${audit.id}: ${audit.title}`);
    results.push({ type, path, scores, failing });
    console.log(CATEGORIES.map((category) => scores[category]).join(' / '));
  }
} finally {
  chromium.stop();
  server.close();
}

const header = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'];
const rows = results.map(({ type, path, scores }) => [type, path, ...CATEGORIES.map((c) => String(scores[c]))]);
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
const table = [header, ...rows]
  .map((row) =>
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '),
  )
  .join('\n');
const failing = results
  .filter((result) => result.failing.length > 0)
  .map(({ path, failing: audits }) => `${path}\n${audits.map((audit) => `  - ${audit}`).join('\n')}`)
  .join('\n');
console.log(`\nLighthouse, mobile settings, Chromium at ${CHROMIUM_PATH}:\n\n${table}\n`);
console.log(failing ? `Audits not passed:\n${failing}` : 'Every audit passed.');
writeFileSync(
  resolve(values.out),
  [
    '# Lighthouse report',
    '',
    `Mobile settings (simulated slow 4G, mid-range phone), ${new Date().toISOString()}.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, column) => (column < 2 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '## Audits not passed',
    '',
    failing ? `\`\`\`\n${failing}\n\`\`\`` : 'None.',
    '',
  ].join('\n'),
);
console.log(`\nWrote ${values.out}.`);
