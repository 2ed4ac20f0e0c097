import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFragment } from '../lib/pages/pagefind-fragment.ts';
import { numberVocabularies, wordVocabularies, writeSearchIndex } from './search-index.ts';

const page = (lang: string, main: string, { searchable = true, filters = '' } = {}) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Гарчиг</title></head><body>` +
  `<nav><a href="/">Нүүр</a></nav><main${searchable ? ` data-pagefind-body ${filters}` : ''}>${main}</main></body></html>`;

let dist: string;

beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'search-index-'));
  await mkdir(join(dist, 'en', 'abroad'), { recursive: true });
  await writeFile(join(dist, 'index.html'), page('mn', '<h1>Тусламж</h1><p>Цагдаа<span>102</span></p>'));
  await writeFile(
    join(dist, 'en', 'abroad', 'kr.html'),
    page(
      'en',
      '<h1>Korea</h1><p>Embassy</p><form><label>Secret answer</label></form><p data-pagefind-ignore>Share</p>',
      {
        filters: 'data-pagefind-filter="kind:destination"',
      },
    ).replace('<body>', '<body data-pagefind-filter="country:KR">'),
  );
  await writeFile(join(dist, '404.html'), page('mn', '<h1>Олдсонгүй</h1>', { searchable: false }));
  await writeFile(join(dist, 'en', 'abroad', 'kr.vcf'), 'BEGIN:VCARD');
});

afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

async function fragments() {
  const folder = join(dist, 'pagefind', 'fragment');
  const names = await readdir(folder);
  return Promise.all(names.map(async (name) => readFragment(await readFile(join(folder, name)), name)));
}

describe('numberVocabularies', () => {
  it('gives each number as written, with the digits typed for it locally and internationally, by language', () => {
    const vocabularies = numberVocabularies([
      { locale: 'en', written: '02-798-3464', href: 'tel:+8227983464' },
      { locale: 'en', written: '1345', href: 'tel:1345' },
      { locale: 'mn', written: '102', href: 'tel:102' },
      { locale: 'en', written: '02-798-3464', href: 'tel:+8227983464' },
    ]);
    expect([...vocabularies.get('en')!]).toEqual([
      ['02-798-3464', ['8227983464', '027983464']],
      ['1345', ['1345']],
    ]);
    expect([...vocabularies.get('mn')!]).toEqual([['102', ['102']]]);
  });
});

describe('wordVocabularies', () => {
  it('gathers the words each page recorded into its language’s', () => {
    const words = wordVocabularies([
      { locale: 'mn', words: ['тусламж', 'цагдаа'] },
      { locale: 'en', words: ['korea', 'embassy'] },
      { locale: 'mn', words: ['цагдаа', 'яам'] },
    ]);
    expect([...words.get('mn')!]).toEqual(['тусламж', 'цагдаа', 'яам']);
    expect([...words.get('en')!]).toEqual(['korea', 'embassy']);
  });
});

describe('writeSearchIndex, with Pagefind', () => {
  it('indexes every searchable page in one pass and writes the index into dist/pagefind', async () => {
    const summary = await writeSearchIndex(dist, pagefind, [], []);
    expect(summary).toEqual({ pages: { en: 1, mn: 1 }, skipped: 1, pagefindSeconds: expect.any(Number) });
    expect(summary.pagefindSeconds).toBeGreaterThan(0);
    const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'mn']);
  });

  it('publishes only what the site’s search loads: no ready-made interfaces, worker or highlighter', async () => {
    const words = [
      { locale: 'mn', words: ['тусламж'] },
      { locale: 'en', words: ['korea'] },
    ];
    await writeSearchIndex(dist, pagefind, words, []);
    const files = (await readdir(join(dist, 'pagefind'))).sort();
    expect(files.filter((name) => !/\.pf_meta$|^wasm\./.test(name))).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      'pagefind.js',
      'vocabulary-en.json',
      'vocabulary-mn.json',
    ]);
    expect(files.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(2);
    expect(files.filter((name) => name.startsWith('wasm.'))).toEqual(['wasm.en.pagefind', 'wasm.unknown.pagefind']);
  });

  it('indexes the filters each page marked, and only its main content', async () => {
    await writeSearchIndex(dist, pagefind, [], []);
    const pages = await fragments();
    expect(pages.map((each) => each.url).sort()).toEqual(['/', '/en/abroad/kr.html']);
    const korea = pages.find((each) => each.url === '/en/abroad/kr.html')!;
    expect(korea.content).toContain('Embassy');
    expect(korea.content).not.toMatch(/Нүүр|Secret|Share/);
    expect(korea.filters).toEqual({ kind: ['destination'], country: ['KR'] });
  });

  it('writes each language’s vocabulary from the words and numbers the pages recorded', async () => {
    await writeSearchIndex(
      dist,
      pagefind,
      [
        { locale: 'mn', words: ['цагдаа', 'тусламж'] },
        { locale: 'en', words: ['korea', 'embassy'] },
      ],
      [{ locale: 'mn', written: '1800-1280', href: 'tel:+97618001280' }],
    );
    const mn = JSON.parse(await readFile(join(dist, 'pagefind', 'vocabulary-mn.json'), 'utf8'));
    expect(mn).toEqual({ words: ['тусламж', 'цагдаа'], numbers: [['1800-1280', '97618001280', '18001280']] });
    const en = JSON.parse(await readFile(join(dist, 'pagefind', 'vocabulary-en.json'), 'utf8'));
    expect(en).toEqual({ words: ['embassy', 'korea'], numbers: [] });
  });
});

describe('writeSearchIndex, when Pagefind fails', () => {
  const close = vi.fn(async () => {});
  const failing = (index: object | undefined, errors: string[] = []) =>
    ({ createIndex: async () => ({ index, errors }), close }) as unknown as typeof pagefind;

  afterEach(() => close.mockClear());

  it('stops when Pagefind cannot start', async () => {
    await expect(writeSearchIndex(dist, failing(undefined, ['no binary for this platform']))).rejects.toThrow(
      'The search index could not be built: Pagefind did not start:\nno binary for this platform',
    );
  });

  it('stops, with Pagefind’s reasons, when it cannot read the pages, and closes it', async () => {
    const writeFiles = vi.fn();
    const index = { addDirectory: async () => ({ errors: ['index.html: bad HTML'], page_count: 0 }), writeFiles };
    await expect(writeSearchIndex(dist, failing(index))).rejects.toThrow(
      'The search index could not be built: reading the built pages:\nindex.html: bad HTML',
    );
    expect(writeFiles).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });

  it('stops when the index cannot be written', async () => {
    const index = {
      addDirectory: async () => ({ errors: [], page_count: 2 }),
      writeFiles: async () => ({ errors: ['disk full'], outputPath: '' }),
    };
    await expect(writeSearchIndex(dist, failing(index))).rejects.toThrow('writing the index:\ndisk full');
  });
});
