/**
 * The files of a built site, read from disk once in one way for every step
 * that inspects it: the link check, the host configuration, the service
 * worker, the page budget and the tests.
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
