/**
 * Prose collections with one MDX file per language (`pages`, `signs`,
 * `rights`, `campaigns`): pairs the twins and stops the build when one is
 * missing.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { assertNoProblems } from '../lib/content/content-error.ts';
import type { Locale } from '../lib/locales.ts';
import { localeStaticPaths } from '../lib/content/static-paths.ts';
import { pairTwins } from '../lib/content/twins.ts';

type ProseCollection = 'pages' | 'signs' | 'rights' | 'campaigns';

/** Twins by slug, in slug order. */
export async function localizedEntries<C extends ProseCollection>(
  collection: C,
): Promise<Map<string, Record<Locale, CollectionEntry<C>>>> {
  const base = `content/${collection}`;
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const { pairs, problems } = pairTwins(
    base,
    entries.map((entry) => ({ file: entry.filePath!.slice(base.length + 1), value: entry })),
  );
  if (collection === 'signs' || collection === 'rights') {
    for (const [slug, twins] of pairs) {
      const [mn, en] = [twins.mn.data as { order: number }, twins.en.data as { order: number }];
      if (mn.order !== en.order) {
        problems.push(`${base}/en/${slug}.mdx: order: ${en.order} differs from its Mongolian twin's ${mn.order}`);
      }
    }
  }
  assertNoProblems(`Pages in content/${collection} do not pair up:`, problems);
  return pairs;
}

/** One language's articles of a collection, in their `order`. */
export async function articlesIn(collection: 'signs' | 'rights', locale: Locale) {
  const pairs = await localizedEntries(collection);
  return [...pairs.entries()]
    .map(([slug, twins]) => ({ slug, entry: twins[locale] }))
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** `getStaticPaths` for a route that shows one entry of a prose collection per language: params `slug`. */
export async function proseStaticPaths<C extends ProseCollection>(collection: C) {
  const pairs = await localizedEntries(collection);
  return [...pairs].flatMap(([slug, twins]) =>
    localeStaticPaths((locale) => ({ params: { slug }, props: { slug, entry: twins[locale] } })),
  );
}
