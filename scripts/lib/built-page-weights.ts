/**
 * Weighs every page of a built site as the page budget does
 * (src/lib/checks/page-budget.ts): for `npm run budget` and for the
 * benchmark, which checks its own builds against the same budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/checks/built-files.ts';
import { type PageWeight, weighPage } from '../../src/lib/checks/page-budget.ts';
import { candidateFiles, pagePath } from '../../src/lib/host/static-host.ts';

/** The weight of every HTML page under `dist`; `files` are its files, as `listFiles` gives them. */
export function weighBuiltPages(dist: string, files: readonly string[] = listFiles(dist)): PageWeight[] {
  const known = new Set(files);
  const readFile = (url: string) => {
    const file = candidateFiles(url).find((candidate) => known.has(candidate));
    return file ? readFileSync(join(dist, file)) : undefined;
  };
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => weighPage(pagePath(file), readFileSync(join(dist, file), 'utf8'), readFile));
}
