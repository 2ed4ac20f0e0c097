/**
 * The prose collections as pages read them: twins paired by slug, articles in
 * their `order`, and a build stopped with the file and reason when they do
 * not pair. The collections are given here instead of read from content/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Entry {
  id: string;
  filePath: string;
  data: { title: string; order?: number };
}
const collections = vi.hoisted(() => new Map<string, Entry[]>());
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections.get(name) ?? [] }));

const { articlesIn, localizedEntries, proseStaticPaths } = await import('./localized.ts');

/** An entry of `collection` at `content/<collection>/<locale>/<slug>.mdx`. */
const entry = (collection: string, locale: string, slug: string, data: Entry['data']): Entry => ({
  id: `${locale}/${slug}`,
  filePath: `content/${collection}/${locale}/${slug}.mdx`,
  data,
});
const twins = (collection: string, slug: string, order?: number) => [
  entry(collection, 'mn', slug, { title: `${slug} mn`, order }),
  entry(collection, 'en', slug, { title: `${slug} en`, order }),
];

beforeEach(() => collections.clear());

describe('localizedEntries', () => {
  it('pairs the twins of a collection by slug, in slug order', async () => {
    collections.set('pages', [...twins('pages', 'safety'), ...twins('pages', 'about')]);
    const pairs = await localizedEntries('pages');
    expect([...pairs.keys()]).toEqual(['about', 'safety']);
    expect(pairs.get('about')!.mn.data.title).toBe('about mn');
    expect(pairs.get('about')!.en.data.title).toBe('about en');
  });

  it('stops the build naming a page without its twin, and the file to add', async () => {
    collections.set('pages', [...twins('pages', 'about'), entry('pages', 'mn', 'safety', { title: 'x' })]);
    await expect(localizedEntries('pages')).rejects.toThrow(
      /^Pages in content\/pages do not pair up:\ncontent\/pages\/mn\/safety\.mdx: .*content\/pages\/en\/safety\.mdx/,
    );
  });

  it('stops the build when twin articles are in different places in their lists', async () => {
    collections.set('signs', [
      entry('signs', 'mn', 'debt', { title: 'x', order: 1 }),
      entry('signs', 'en', 'debt', { title: 'x', order: 2 }),
    ]);
    await expect(localizedEntries('signs')).rejects.toThrow(
      "content/signs/en/debt.mdx: order: 2 differs from its Mongolian twin's 1",
    );
  });
});

describe('articlesIn', () => {
  it('gives one language’s articles in their order, not their slugs’', async () => {
    collections.set('rights', [...twins('rights', 'a-first', 3), ...twins('rights', 'b-second', 1)]);
    const articles = await articlesIn('rights', 'en');
    expect(articles.map(({ slug, entry }) => [slug, entry.data.title])).toEqual([
      ['b-second', 'b-second en'],
      ['a-first', 'a-first en'],
    ]);
  });
});

describe('proseStaticPaths', () => {
  it('gives every entry a page in each language, Mongolian at the root', async () => {
    collections.set('campaigns', twins('campaigns', 'world-day'));
    const paths = await proseStaticPaths('campaigns');
    expect(paths.map(({ params }) => params)).toEqual([
      { locale: undefined, slug: 'world-day' },
      { locale: 'en', slug: 'world-day' },
    ]);
    expect(paths.map(({ props }) => [props.locale, props.entry.data.title])).toEqual([
      ['mn', 'world-day mn'],
      ['en', 'world-day en'],
    ]);
  });
});
