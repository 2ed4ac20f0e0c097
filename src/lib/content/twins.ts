/**
 * Every page exists in every language with the same ASCII slug. This module
 * pairs localized content files (`mn/about.mdx` with `en/about.mdx`) and
 * explains, file by file, what is wrong when they do not pair.
 */
import { languageName, LOCALES, type Locale } from '../locales.ts';
import { isPageNumber } from '../pages/list-pages.ts';

/** Lowercase ASCII words joined by single hyphens: short, printable, the same in both languages. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface TwinPairs<T> {
  /** Pages found in both languages, by slug, in slug order. */
  pairs: Map<string, Record<Locale, T>>;
  /** One `file: reason` line per problem. */
  problems: string[];
}

/**
 * Pairs files named `<locale>/<slug>.<ext>` relative to `baseDir`.
 * `items` carry each file's path and whatever the caller wants back.
 */
export function pairTwins<T>(baseDir: string, items: readonly { file: string; value: T }[]): TwinPairs<T> {
  const bySlug = new Map<string, Partial<Record<Locale, T>>>();
  const extensions = new Map<string, string>();
  const problems: string[] = [];
  const display = (relative: string) => `${baseDir}/${relative}`;

  for (const { file, value } of items) {
    const match = /^([^/]+)\/([^/]+)(\.[a-z]+)$/.exec(file);
    const [, folder, slug, extension] = match ?? [];
    if (!folder || !slug || !(LOCALES as readonly string[]).includes(folder)) {
      problems.push(`${display(file)}: must be in a language folder, ${LOCALES.map((l) => `${l}/`).join(' or ')}`);
      continue;
    }
    if (!SLUG_PATTERN.test(slug)) {
      problems.push(
        `${display(file)}: file name "${slug}" must be lowercase ASCII words joined by hyphens, such as "staying-safe"`,
      );
      continue;
    }
    // A number after a list's path is one of its pages (`signs/2`), so no article may be named by one.
    if (isPageNumber(slug)) {
      problems.push(
        `${display(file)}: file name "${slug}" is only digits: a number after a list’s path names one of its pages; add a word, such as "${slug}-steps"`,
      );
      continue;
    }
    const locale = folder as Locale;
    const twins = bySlug.get(slug) ?? {};
    if (twins[locale] !== undefined) {
      problems.push(`${display(file)}: the slug "${slug}" is used twice in ${folder}/`);
      continue;
    }
    twins[locale] = value;
    bySlug.set(slug, twins);
    extensions.set(slug, extension ?? '');
  }

  const pairs = new Map<string, Record<Locale, T>>();
  for (const slug of [...bySlug.keys()].sort()) {
    const twins = bySlug.get(slug)!;
    const missing = LOCALES.filter((locale) => twins[locale] === undefined);
    if (missing.length === 0) {
      pairs.set(slug, twins as Record<Locale, T>);
      continue;
    }
    const present = LOCALES.find((locale) => twins[locale] !== undefined)!;
    const extension = extensions.get(slug);
    for (const locale of missing) {
      problems.push(
        `${display(`${present}/${slug}${extension}`)}: has no twin in ${languageName(locale)}; add ${display(`${locale}/${slug}${extension}`)}`,
      );
    }
  }
  return { pairs, problems };
}
