/**
 * Measures search on the built site: index size per language, bytes fetched
 * for a first query, and time from the last keypress to results on screen.
 * A report for people, not a test: numbers vary with the machine.
 *
 *   npm run build && node scripts/measure-search.ts
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveDist } from './serve.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const PORT = 4391;

async function sizes(directory: string): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) result.set(entry.name, (await stat(join(entry.parentPath, entry.name))).size);
  }
  return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const files = await sizes(join(DIST, 'pagefind'));
console.log('Search index on disk (uncompressed):');
for (const language of ['mn', 'en']) {
  const own = [...files].filter(
    ([name]) => name.startsWith(`${language}_`) || name.startsWith(`pagefind.${language}_`),
  );
  console.log(`  ${language}: ${kb(own.reduce((sum, [, size]) => sum + size, 0))} in ${own.length} files`);
}
const shared = ['pagefind.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind'];
console.log(`  code: ${shared.map((name) => `${name} ${kb(files.get(name) ?? 0)}`).join(', ')}`);

const server = await serveDist(DIST, PORT);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  for (const [path, query] of [
    ['/search', 'солонгос'],
    ['/search', 'elchin said'],
    ['/en/search', 'embassy seoul'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    let bytes = 0;
    let gzipped = 0;
    let typing = false;
    const fetched = { beforeTyping: new Map<string, number>(), forQuery: new Map<string, number>() };
    page.on('response', async (response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.startsWith('/pagefind/')) return;
      const when = typing ? fetched.forQuery : fetched.beforeTyping;
      const body = await response.body();
      bytes += body.length;
      gzipped += gzipSync(body).length;
      const kind = pathname
        .replace(/^\/pagefind\//, '')
        .replace(/_[0-9a-f]+\./, '_*.')
        .replace(/^(\w+)\/.*$/, '$1/*');
      when.set(kind, (when.get(kind) ?? 0) + gzipSync(body).length);
    });
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    const box = page.getByRole('searchbox');
    await box.focus();
    // What focus alone loads: the search code, the index's entry and metadata, the vocabulary.
    await page.waitForLoadState('networkidle');
    typing = true;
    await page.keyboard.type(query.slice(0, -1));
    const started = Date.now();
    await page.keyboard.type(query.slice(-1));
    await page.locator('[data-results] li').first().waitFor();
    const elapsed = Date.now() - started;
    await page.waitForLoadState('networkidle');
    console.log(
      `First query "${query}" on ${path}: ${kb(bytes)} fetched (${kb(gzipped)} gzipped), results ${elapsed} ms after the last keypress (150 ms of it waiting for typing to pause)`,
    );
    for (const [label, files] of [
      ['  on focus, before a key is pressed', fetched.beforeTyping],
      ['  for the query', fetched.forQuery],
    ] as const) {
      const total = [...files.values()].reduce((sum, each) => sum + each, 0);
      const each = [...files].sort((a, b) => b[1] - a[1]).map(([name, size]) => `${name} ${kb(size)}`);
      console.log(`${label}: ${kb(total)} gzipped — ${each.join(', ')}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
