import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { listPages } from '../pages/list-pages.ts';

/**
 * `getStaticPaths` entries for a route under `src/pages/[...locale]/`: one page
 * per language, Mongolian with no prefix (`locale` undefined) and English
 * under `en`. Extra params and props are merged into each entry.
 */
export function localeStaticPaths<P extends Record<string, string | undefined>, T extends object>(
  extra?: (locale: Locale) => { params?: P; props?: T },
) {
  return LOCALES.map((locale) => {
    const more = extra?.(locale);
    return {
      params: { locale: locale === DEFAULT_LOCALE ? undefined : locale, ...more?.params },
      props: { locale, ...more?.props } as { locale: Locale } & T,
    };
  });
}

/**
 * `getStaticPaths` for a list cut into pages (`src/lib/pages/list-pages.ts`)
 * in every language: params `page`, undefined for the first page, which keeps
 * the list's own path (`signs`), then `2`, `3` …; props the page. Every
 * language's list must be as long (twins make it so), or a page would be
 * missing in one.
 */
export async function listStaticPaths<T>(route: string, itemsIn: (locale: Locale) => Promise<readonly T[]>) {
  const lists = new Map(
    await Promise.all(LOCALES.map(async (locale) => [locale, listPages(route, await itemsIn(locale))] as const)),
  );
  const counts = LOCALES.map((locale) => `${locale} ${lists.get(locale)!.length}`);
  if (new Set(LOCALES.map((locale) => lists.get(locale)!.length)).size > 1) {
    throw new Error(`The list at ${route} must have as many pages in every language; it has ${counts.join(', ')}`);
  }
  return lists.get(DEFAULT_LOCALE)!.flatMap((first) =>
    localeStaticPaths((locale) => ({
      params: { page: first.number === 1 ? undefined : String(first.number) },
      props: { page: lists.get(locale)![first.number - 1]! },
    })),
  );
}
