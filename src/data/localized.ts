/**
 * Prose collections with one MDX file per language: pairs the twins across
 * every language and stops the build when one is missing or when twins
 * disagree on their `order`.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { DEFAULT_LOCALE, languageName, LOCALES, type Locale, otherLocales } from '../lib/locales.ts';
import { localeStaticPaths } from '../lib/content/static-paths.ts';
import { pairTwins } from '../lib/content/twins.ts';
import { listPages } from '../lib/pages/list-pages.ts';
import { type ProseCollection, SITE_MAP } from '../lib/site-map.ts';

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

/**
 * `getStaticPaths` for the list of a section's articles, cut into pages
 * (`src/lib/pages/list-pages.ts`): params `page`, undefined for the first
 * page, which keeps the section's path. Twins make every language's list
 * as long, so each page exists in every language.
 */
export async function articleListPaths(collection: 'signs' | 'rights') {
  const route = SITE_MAP[collection].route;
  const lists = new Map(
    await Promise.all(
      LOCALES.map(async (locale) => [locale, listPages(route, await articlesIn(collection, locale))] as const),
    ),
  );
  return lists.get(DEFAULT_LOCALE)!.flatMap((first) =>
    localeStaticPaths((locale) => ({
      params: { page: first.number === 1 ? undefined : String(first.number) },
      props: { page: lists.get(locale)![first.number - 1]! },
    })),
  );
}

/** `getStaticPaths` for a route that shows one entry of a prose collection per language: params `slug`. */
export async function proseStaticPaths<C extends ProseCollection>(collection: C) {
  const pairs = await localizedEntries(collection);
  return [...pairs].flatMap(([slug, twins]) =>
    localeStaticPaths((locale) => ({ params: { slug }, props: { slug, entry: twins[locale] } })),
  );
}
