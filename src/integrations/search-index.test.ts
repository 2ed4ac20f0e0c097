import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { numberVocabularies, writeSearchIndex } from './search-index.ts';

vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));
const pagefind = await import('pagefind');

const page = (lang: string, searchable = true) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>Тусламж</h1></main></body></html>`;

let dist: string;
const index = { addHTMLFile: vi.fn(), writeFiles: vi.fn() };

beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'search-index-'));
  await mkdir(join(dist, 'en', 'abroad'), { recursive: true });
  await writeFile(join(dist, 'index.html'), page('mn'));
  await writeFile(join(dist, 'en', 'abroad', 'kr.html'), page('en'));
  await writeFile(join(dist, '404.html'), page('mn', false));
  await writeFile(join(dist, 'en', 'abroad', 'kr.vcf'), 'BEGIN:VCARD');
  vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: index as never });
  index.addHTMLFile.mockResolvedValue({ errors: [], file: {} });
  index.writeFiles.mockResolvedValue({ errors: [], outputPath: join(dist, 'pagefind') });
});

afterEach(async () => {
  vi.clearAllMocks();
  await rm(dist, { recursive: true, force: true });
});

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

describe('writeSearchIndex', () => {
  it('writes the numbers the pages showed into their language’s vocabulary', async () => {
    await writeSearchIndex(dist, pagefind, [{ locale: 'mn', written: '1800-1280', href: 'tel:+97618001280' }]);
    const vocabulary = JSON.parse(await readFile(join(dist, 'pagefind', 'vocabulary-mn.json'), 'utf8'));
    expect(vocabulary.numbers).toEqual([['1800-1280', '97618001280', '18001280']]);
  });

  it('indexes each searchable page under its URL and writes the index into dist/pagefind', async () => {
    const summary = await writeSearchIndex(dist, pagefind, []);
    expect(index.addHTMLFile.mock.calls.map(([file]) => file.url)).toEqual(['/en/abroad/kr', '/']);
    expect(index.addHTMLFile.mock.calls[1]![0].content).not.toContain('tuslamj');
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dist, 'pagefind') });
    expect(summary).toEqual({ pages: { en: 1, mn: 1 }, skipped: 1 });
    const vocabulary = JSON.parse(await readFile(join(dist, 'pagefind', 'vocabulary-mn.json'), 'utf8'));
    expect(vocabulary).toEqual({ words: ['тусламж'], numbers: [] });
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails when Pagefind cannot start', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ['no binary for this platform'] });
    await expect(writeSearchIndex(dist, pagefind)).rejects.toThrow(
      'The search index could not be built: Pagefind did not start:\nno binary for this platform',
    );
  });

  it('fails, naming the page, when a page cannot be indexed', async () => {
    index.addHTMLFile.mockImplementation(async ({ url }) => ({ errors: url === '/' ? ['bad HTML'] : [], file: {} }));
    await expect(writeSearchIndex(dist, pagefind)).rejects.toThrow('The search index could not be built: /:\nbad HTML');
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails when the index cannot be written', async () => {
    index.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' });
    await expect(writeSearchIndex(dist, pagefind)).rejects.toThrow('writing the index:\ndisk full');
  });
});
