/**
 * Builds the Pagefind search index after Astro writes the site: one index per
 * language (Pagefind splits by `<html lang>`), from each page's main content,
 * and beside it each language's vocabulary (`pagefind/vocabulary-<lang>.json`),
 * which the search page matches other spellings against: the pages' words,
 * and the phone numbers the pages recorded showing as they rendered. Any error Pagefind reports
 * stops the build: a site whose search silently misses pages is worse than
 * one that does not build.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseLocalePath } from '../lib/locales.ts';
import { shownNumbers, type ShownNumber } from '../lib/pages/render-records.ts';
import { numberForms, searchRecord } from '../lib/pages/search-document.ts';
import type { SearchVocabulary } from '../lib/pages/search-spellings.ts';
import { pagePath } from '../lib/host/static-host.ts';

type Pagefind = typeof import('pagefind');

export interface IndexSummary {
  /** Pages indexed, by language. */
  pages: Record<string, number>;
  /** Pages left out on purpose (404, short links, the later pages of a list). */
  skipped: number;
}

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`The search index could not be built: ${step}:\n${errors.join('\n')}`);
}

/** Each number as written, then the digit strings a reader may type for it, by language. */
export function numberVocabularies(numbers: Iterable<ShownNumber>): Map<string, Map<string, string[]>> {
  const byLocale = new Map<string, Map<string, string[]>>();
  for (const { locale, written, href } of numbers) {
    const forms = byLocale.get(locale) ?? new Map<string, string[]>();
    byLocale.set(locale, forms);
    forms.set(written, [...new Set([...(forms.get(written) ?? []), ...numberForms(href, written)])]);
  }
  return byLocale;
}

/**
 * Indexes every searchable page of `dist` and writes the index to
 * `dist/pagefind/`, with the numbers the pages showed (`shown`, recorded as
 * they rendered).
 */
export async function writeSearchIndex(
  dist: string,
  pagefind: Pagefind,
  shown: Iterable<ShownNumber> = shownNumbers.all().values(),
): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) fail('Pagefind did not start', errors);
  const summary: IndexSummary = { pages: {}, skipped: 0 };
  const words = new Map<string, Set<string>>();
  try {
    for (const file of await htmlFiles(dist)) {
      const path = pagePath(relative(dist, file).split('\\').join('/'));
      const record = searchRecord(await readFile(file, 'utf8'), path);
      if (record === undefined) {
        summary.skipped += 1;
        continue;
      }
      const added = await index.addHTMLFile({ url: path, content: record.html });
      if (added.errors.length > 0) fail(path, added.errors);
      const { locale } = parseLocalePath(path);
      summary.pages[locale] = (summary.pages[locale] ?? 0) + 1;
      const localeWords = words.get(locale) ?? new Set<string>();
      words.set(locale, localeWords);
      for (const word of record.words) localeWords.add(word);
    }
    const outputPath = join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    await mkdir(outputPath, { recursive: true });
    const numbers = numberVocabularies(shown);
    for (const [locale, localeWords] of words) {
      const vocabulary: SearchVocabulary = {
        words: [...localeWords].sort(),
        numbers: [...(numbers.get(locale) ?? [])].sort().map(([written, digits]) => [written, ...digits]),
      };
      await writeFile(join(outputPath, `vocabulary-${locale}.json`), JSON.stringify(vocabulary));
    }
  } finally {
    await pagefind.close();
  }
  return summary;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'site:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await writeSearchIndex(fileURLToPath(dir), await import('pagefind'));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const languages = Object.entries(summary.pages).map(([language, count]) => `${language} ${count}`);
        logger.info(`Indexed ${languages.join(', ')} pages for search in ${seconds} s; left out ${summary.skipped}.`);
      },
    },
  };
}
