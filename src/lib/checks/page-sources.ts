/**
 * Which content file a built page comes from, so a problem found in `dist/`
 * can name the file an editor has to open.
 */
import { parseLocalePath } from '../locales.ts';
import { isProseCollection, PROSE_PAGE, placeOfPage } from '../site-map.ts';

/**
 * The MDX file a page path such as `/en/signs/fake-job-offers` or `/about`
 * is built from, if the page is built from one (as the site map says of its
 * section); `exists` says whether a candidate file is really there.
 */
export function sourceOfPage(path: string, exists: (file: string) => boolean): string | undefined {
  const { locale, slug: pageSlug } = parseLocalePath(path);
  const place = placeOfPage(path);
  const collection = place?.section.collection;
  if (!place || !isProseCollection(collection)) return undefined;
  // A prose page is its own file (`pages/en/about.mdx`); an article is an entry of its section (`signs/en/<slug>.mdx`).
  const isProsePage = collection === PROSE_PAGE.collection;
  if (isProsePage !== (place.entry === undefined)) return undefined;
  const slug = isProsePage ? pageSlug : place.entry;
  const file = `content/${collection}/${locale}/${slug}.mdx`;
  return exists(file) ? file : undefined;
}
