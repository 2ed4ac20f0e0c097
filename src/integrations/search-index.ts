/**
 * Builds the Pagefind search index after Astro writes the site: Pagefind reads
 * the built pages itself, in one pass, and writes one index per language (it
 * splits by `<html lang>`) from each page's main content and the filters the
 * page marked as it rendered. Beside it goes each language's vocabulary
 * (`pagefind/vocabulary-<lang>.json`), which the search page matches other
 * spellings against: the words and phone numbers the pages recorded as they
 * rendered. Any error Pagefind reports stops
 * the build: a site whose search silently misses pages is worse than one that
 * does not build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageWords, shownNumbers, type ShownNumber } from '../lib/pages/render-records.ts';
import { numberForms, searchedFilesGlob } from '../lib/pages/search-document.ts';
import type { SearchVocabulary } from '../lib/pages/search-spellings.ts';

type Pagefind = typeof import('pagefind');

/** What Pagefind says of its index: the pages of each language. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

export interface IndexSummary {
  /** Pages indexed, by language. */
  pages: Record<string, number>;
  /** Pages left out on purpose (404s, short links, the later pages of a list: no `data-pagefind-body`). */
  skipped: number;
  /**
   * Seconds from starting Pagefind to its index written (`createIndex`,
   * `addDirectory`, `writeFiles`): the step Starlight's build times and logs
   * as its search index time, so the benchmark compares like with like.
   */
  pagefindSeconds: number;
}

async function countHtmlFiles(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/**
 * What the site's own search loads of Pagefind's output (its code, the
 * index's entry, metadata, chunks, fragments and filters, and the language's
 * word-splitting code); Pagefind also writes its ready-made interfaces, a web
 * worker and a highlighter, which the site does not use.
 */
const LOADED_BY_SEARCH =
  /^(pagefind\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/;

/** Removes what Pagefind wrote that no page loads, so the site does not publish it. */
export async function removeUnusedSearchFiles(outputPath: string): Promise<string[]> {
  const unused = (await readdir(outputPath)).filter((name) => !LOADED_BY_SEARCH.test(name)).sort();
  await Promise.all(unused.map((name) => rm(join(outputPath, name), { recursive: true })));
  return unused;
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

/** The words the pages recorded, by their language. */
export function wordVocabularies(
  pages: Iterable<{ locale: string; words: readonly string[] }>,
): Map<string, Set<string>> {
  const byLocale = new Map<string, Set<string>>();
  for (const { locale, words } of pages) {
    const known = byLocale.get(locale) ?? new Set<string>();
    byLocale.set(locale, known);
    for (const word of words) known.add(word);
  }
  return byLocale;
}

/**
 * Indexes every searchable page of `dist` and writes the index to
 * `dist/pagefind/`, with each language's vocabulary: the words the pages
 * recorded (`words`) and the numbers they showed (`shown`), as they rendered.
 */
export async function writeSearchIndex(
  dist: string,
  pagefind: Pagefind,
  words: Iterable<{ locale: string; words: readonly string[] }> = pageWords.all().values(),
  shown: Iterable<ShownNumber> = shownNumbers.all().values(),
): Promise<IndexSummary> {
  const pagefindStarted = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) fail('Pagefind did not start', errors);
  try {
    const added = await index.addDirectory({ path: dist, glob: searchedFilesGlob() });
    if (added.errors.length > 0) fail('reading the built pages', added.errors);
    const outputPath = join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    const pagefindSeconds = (performance.now() - pagefindStarted) / 1000;
    await removeUnusedSearchFiles(outputPath);
    await mkdir(outputPath, { recursive: true });

    const numbers = numberVocabularies(shown);
    for (const [locale, localeWords] of wordVocabularies(words)) {
      const vocabulary: SearchVocabulary = {
        words: [...localeWords].sort(),
        numbers: [...(numbers.get(locale) ?? [])].sort().map(([written, digits]) => [written, ...digits]),
      };
      await writeFile(join(outputPath, `vocabulary-${locale}.json`), JSON.stringify(vocabulary));
    }
    const indexed = (JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry)
      .languages;
    const pages = Object.fromEntries(Object.entries(indexed).map(([locale, { page_count }]) => [locale, page_count]));
    const total = Object.values(pages).reduce((sum, count) => sum + count, 0);
    const summary: IndexSummary = { pages, skipped: (await countHtmlFiles(dist)) - total, pagefindSeconds };
    return summary;
  } finally {
    await pagefind.close();
  }
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
        logger.info(
          `Indexed ${languages.join(', ')} pages for search in ${seconds} s (Pagefind ${summary.pagefindSeconds.toFixed(2)} s); left out ${summary.skipped}.`,
        );
      },
    },
  };
}
