/**
 * The built site in `dist/`, read once for the static checks and the browser
 * tests: every file, and every page with the URL path it answers at.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltFile } from '../../src/lib/link-check.ts';
import { pagePath } from '../../src/lib/static-host.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** Every file in `dist/`, with the text of each HTML page. Fails clearly when the site is not built. */
export function builtFiles(): BuiltFile[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run "npm run build" before the dist and browser tests');
  }
  return walk(DIST)
    .map((file) => relative(DIST, file).split('\\').join('/'))
    .sort()
    .map((path) => (path.endsWith('.html') ? { path, html: readFileSync(join(DIST, path), 'utf8') } : { path }));
}

/** Every page's URL path, such as `/`, `/en`, `/en/about`, `/404`. */
export function pagePaths(): string[] {
  return builtFiles()
    .filter((file) => file.html !== undefined)
    .map((file) => pagePath(file.path));
}
