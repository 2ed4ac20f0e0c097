import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';

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
