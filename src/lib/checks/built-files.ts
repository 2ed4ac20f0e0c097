/**
 * The files of a built site, listed and read in one way for whatever
 * inspects it: the steps after the build list them here (and read the pages
 * once, src/lib/pages/built-pages.ts); the page budget and the tests read
 * every page's text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publicFiles } from '../site-map.ts';
import type { BuiltFile } from './link-check.ts';

/** Every file under `directory`, as sorted paths relative to it with `/` separators. */
export function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Every file of the public site in `dist` (not the editors' applications, see `APPLICATIONS`), with the text of each page. */
export function readBuiltFiles(dist: string): BuiltFile[] {
  return publicFiles(listFiles(dist)).map((path) =>
    path.endsWith('.html') ? { path, html: readFileSync(join(dist, path), 'utf8') } : { path },
  );
}
