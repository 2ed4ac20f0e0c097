/**
 * Prose collections with one MDX file per language: pairs the twins across
 * every language and stops the build when one is missing or when twins
 * disagree on their `order`.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { DEFAULT_LOCALE, languageName, type Locale, otherLocales } from '../lib/locales.ts';
import { localeStaticPaths } from '../lib/content/static-paths.ts';
import { pairTwins } from '../lib/content/twins.ts';
import type { ProseCollection } from '../lib/site-map.ts';

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
  for (const [slug, twins] of pairs) {
    const first = (twins[DEFAULT_LOCALE].data as { order?: number }).order;
    for (const locale of otherLocales(DEFAULT_LOCALE)) {
      const order = (twins[locale].data as { order?: number }).order;
      if (order !== first) {
        problems.push(
          `${base}/${locale}/${slug}.mdx: order: ${order} differs from its ${languageName(DEFAULT_LOCALE)} twin's ${first}`,
        );
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
