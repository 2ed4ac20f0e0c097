/**
 * Which content file a built page comes from, so a problem found in `dist/`
 * can name the file an editor has to open.
 */
import { parseLocalePath } from '../locales.ts';

/** Collections whose entries each become one page at `/<collection>/<slug>`. */
const ARTICLE_COLLECTIONS = ['signs', 'rights', 'campaigns'] as const;

/**
 * The MDX file a page path such as `/en/signs/fake-job-offers` or `/about`
 * is built from, if the page is built from one; `exists` says whether a
 * candidate file is really there.
 */
export function sourceOfPage(path: string, exists: (file: string) => boolean): string | undefined {
  const { locale, slug } = parseLocalePath(path);
  const parts = slug.split('/').filter((part) => part !== '');
  const candidates: string[] = [];
  if (parts.length === 2 && (ARTICLE_COLLECTIONS as readonly string[]).includes(parts[0]!)) {
    candidates.push(`content/${parts[0]}/${locale}/${parts[1]}.mdx`);
  }
  if (parts.length === 1) candidates.push(`content/pages/${locale}/${parts[0]}.mdx`);
  return candidates.find(exists);
}
