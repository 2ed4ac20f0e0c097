/**
 * Copies of the project in temporary folders, to build them without touching
 * the real one: the content tests build broken content, the benchmark builds
 * added content.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The project's root folder. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Build output, caches, tools and reports: not part of the site's sources. */
const LEFT_OUT = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
  'qr',
  'bench-report.md',
  'bench-report.svg',
]);

/** Caches that tools write inside `node_modules/`: Astro's content data store, Vite's. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Gives `project` the packages installed in `installed` (a `node_modules`
 * folder) without copying them: a `node_modules` folder of links, one per
 * package. Its caches stay its own, so one copy's build never reads or
 * overwrites another's content cache.
 */
export function linkDependencies(installed: string, project: string): void {
  const target = join(project, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(installed)) {
    if (!CACHES.has(name)) symlinkSync(join(installed, name), join(target, name), 'dir');
  }
}

/** Copies the project's sources to `destination` and links its installed packages there. */
export function copyProject(destination: string): void {
  cpSync(PROJECT_ROOT, destination, { recursive: true, filter: (source) => !LEFT_OUT.has(basename(source)) });
  linkDependencies(join(PROJECT_ROOT, 'node_modules'), destination);
}
