/**
 * The built site in `dist/`, read once for the static checks and the browser
 * tests: every file, and every page with the URL path it answers at.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltFiles } from '../../src/lib/checks/built-files.ts';
import type { BuiltFile } from '../../src/lib/checks/link-check.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every file in `dist/`, with the text of each HTML page. Fails clearly when the site is not built. */
export function builtFiles(): BuiltFile[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run "npm run build" before the dist and browser tests');
  }
  return readBuiltFiles(DIST);
}

/** Every page's URL path, such as `/`, `/en`, `/en/about`, `/404`. */
export function pagePaths(): string[] {
  return builtFiles()
    .filter((file) => file.html !== undefined)
    .map((file) => pagePath(file.path));
}

/** The Content-Security-Policy of a built page, from its `<meta http-equiv>`, quotes unescaped. */
export function pagePolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");
}
