import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { LOCALES, parseLocalePath } from '../../src/lib/locales.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';
import { readFragment } from '../../src/lib/pages/pagefind-fragment.ts';
import { searchFilters } from '../../src/lib/pages/search-document.ts';
import { resultPath } from '../../src/lib/pages/search-result.ts';
import { wordsOf } from '../../src/lib/pages/search-spellings.ts';
import { builtFiles, DIST } from '../support/dist.ts';

describe('the search index in dist/', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = builtFiles().filter((file) => file.html !== undefined);
  const searchable = pages.filter((file) => /<main[^>]*data-pagefind-body/.test(file.html!));

  it('has one index per language, holding every searchable page of that language', () => {
    const count = (locale: string) =>
      searchable.filter((file) => parseLocalePath(pagePath(file.path)).locale === locale).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'mn']);
    expect(entry.languages.mn?.page_count).toBe(count('mn'));
    expect(entry.languages.en?.page_count).toBe(count('en'));
  });

  it('leaves out exactly the pages kept from search engines: 404s, the search page, short links', () => {
    const left = pages.filter((file) => !searchable.includes(file));
    expect(left.length).toBeGreaterThan(4);
    for (const file of left) expect(file.html, file.path).toContain('name="robots" content="noindex"');
    for (const file of searchable) expect(file.html, file.path).not.toContain('name="robots" content="noindex"');
  });

  it('keeps navigation, the emergency strip and the footer out of what is indexed', () => {
    for (const file of searchable) {
      const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(file.html!)?.[1] ?? '';
      expect(main, file.path).not.toMatch(/<(header|aside|footer|quick-exit)[\s>]/);
    }
  });

  it('leaves the way back to a list and the help card’s save and send controls out of what is indexed', () => {
    const folder = join(DIST, 'pagefind', 'fragment');
    const controls = LOCALES.flatMap((locale) => {
      const t = uiStrings(locale);
      return [
        t.signs.all,
        t.rights.all,
        t.campaigns.all,
        t.card.allCountries,
        t.card.saveAll,
        t.card.saveQr,
        t.card.sendNumbers,
      ];
    });
    const indexed = readdirSync(folder).map((name) => readFragment(readFileSync(join(folder, name)), name));
    const cards = indexed.filter((page) => /\/abroad\/[a-z]{2}(\.html)?$/.test(page.url));
    expect(cards.length).toBeGreaterThanOrEqual(30);
    for (const page of indexed) {
      for (const control of controls) expect(page.content, page.url).not.toContain(control);
      // What a result's excerpt starts from: the page's own heading, not the navigation above it.
      expect(page.content.startsWith(page.title), page.url).toBe(true);
    }
  });

  it('indexes each searchable page once, under the address it is read at, with the filters it marked', () => {
    const folder = join(DIST, 'pagefind', 'fragment');
    const pages = readdirSync(folder).map((name) => readFragment(readFileSync(join(folder, name)), name));
    const indexed = pages.map((page) => resultPath(page.url)).sort();
    expect(indexed).toEqual(searchable.map((file) => pagePath(file.path)).sort());
    for (const page of pages) {
      const { kind, country } = searchFilters(resultPath(page.url));
      expect(page.filters, page.url).toEqual(country ? { kind: [kind], country: [country] } : { kind: [kind] });
    }
  });

  it('keeps every phone number a word of its own in what is indexed, so typing it finds its page', () => {
    const folder = join(DIST, 'pagefind', 'fragment');
    const content = new Map(
      readdirSync(folder)
        .map((name) => readFragment(readFileSync(join(folder, name)), name))
        .map((page) => [resultPath(page.url), page.content]),
    );
    let numbers = 0;
    for (const file of searchable) {
      const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(file.html!)![1]!;
      const text = content.get(pagePath(file.path))!;
      for (const [, written] of main.matchAll(/<a href="tel:[^"]*"[^>]*>([^<]+)<\/a>/g)) {
        numbers += 1;
        const alone = new RegExp(`(^|[^\\p{L}\\p{N}])${written!.replace(/[+]/g, '\\+')}($|[^\\p{L}\\p{N}])`, 'u');
        expect(text, `${file.path}: ${written}`).toMatch(alone);
      }
    }
    expect(numbers).toBeGreaterThan(100);
  });

  it('indexes no words that neighbouring elements glued together: each is a word of the page as it rendered', () => {
    const folder = join(DIST, 'pagefind', 'fragment');
    for (const locale of ['mn', 'en']) {
      const vocabulary = new Set(
        (JSON.parse(readFileSync(join(DIST, 'pagefind', `vocabulary-${locale}.json`), 'utf8')) as { words: string[] })
          .words,
      );
      const glued = new Set<string>();
      for (const name of readdirSync(folder).filter((file) => file.startsWith(`${locale}_`))) {
        const page = readFragment(readFileSync(join(folder, name)), name);
        for (const word of wordsOf(`${page.title} ${page.content}`)) if (!vocabulary.has(word)) glued.add(word);
      }
      expect([...glued], locale).toEqual([]);
    }
  });
});
