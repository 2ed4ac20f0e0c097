/**
 * Builds the Pagefind search index after Astro writes the site: Pagefind reads
 * the built pages itself, in one pass, and writes one index per language (it
 * splits by `<html lang>`) from each page's main content and the filters the
 * page marked as it rendered. Beside it goes each language's vocabulary
 * (`pagefind/vocabulary-<lang>.json`), which the search page matches other
 * spellings against: the words Pagefind indexed, and the phone numbers the
 * pages recorded showing as they rendered. Any error Pagefind reports stops
 * the build: a site whose search silently misses pages is worse than one that
 * does not build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseLocalePath } from '../lib/locales.ts';
import { shownNumbers, type ShownNumber } from '../lib/pages/render-records.ts';
import { type IndexedPage, numberForms, readFragment } from '../lib/pages/search-document.ts';
import { resultPath } from '../lib/pages/search-result.ts';
import { wordsOf, type SearchVocabulary } from '../lib/pages/search-spellings.ts';

type Pagefind = typeof import('pagefind');

export interface IndexSummary {
  /** Pages indexed, by language. */
  pages: Record<string, number>;
  /** Pages left out on purpose (404s, short links, the later pages of a list: no `data-pagefind-body`). */
  skipped: number;
}

async function countHtmlFiles(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** What Pagefind indexed of each page, read back from the fragments it wrote. */
async function indexedPages(outputPath: string): Promise<IndexedPage[]> {
  const folder = join(outputPath, 'fragment');
  const files = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment')).sort();
  return Promise.all(files.map(async (name) => readFragment(await readFile(join(folder, name)), name)));
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

/** Each language's words, from the title and text Pagefind indexed of its pages. */
export function wordVocabularies(pages: readonly IndexedPage[]): Map<string, Set<string>> {
  const byLocale = new Map<string, Set<string>>();
  for (const page of pages) {
    const { locale } = parseLocalePath(resultPath(page.url));
    const words = byLocale.get(locale) ?? new Set<string>();
    byLocale.set(locale, words);
    for (const word of wordsOf(`${page.title} ${page.content}`)) words.add(word);
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
  try {
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) fail('reading the built pages', added.errors);
    const outputPath = join(dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('writing the index', written.errors);
    await removeUnusedSearchFiles(outputPath);
    await mkdir(outputPath, { recursive: true });

    const pages = await indexedPages(outputPath);
    const words = wordVocabularies(pages);
    const numbers = numberVocabularies(shown);
    for (const [locale, localeWords] of words) {
      const vocabulary: SearchVocabulary = {
        words: [...localeWords].sort(),
        numbers: [...(numbers.get(locale) ?? [])].sort().map(([written, digits]) => [written, ...digits]),
      };
      await writeFile(join(outputPath, `vocabulary-${locale}.json`), JSON.stringify(vocabulary));
    }
    const summary: IndexSummary = { pages: {}, skipped: (await countHtmlFiles(dist)) - pages.length };
    for (const page of pages) {
      const { locale } = parseLocalePath(resultPath(page.url));
      summary.pages[locale] = (summary.pages[locale] ?? 0) + 1;
    }
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
        logger.info(`Indexed ${languages.join(', ')} pages for search in ${seconds} s; left out ${summary.skipped}.`);
      },
    },
  };
}
