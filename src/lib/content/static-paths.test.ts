import { describe, expect, it } from 'vitest';
import { localeStaticPaths } from './static-paths.ts';

describe('localeStaticPaths', () => {
  it('makes a Mongolian page at the root and an English one under /en', () => {
    expect(localeStaticPaths()).toEqual([
      { params: { locale: undefined }, props: { locale: 'mn' } },
      { params: { locale: 'en' }, props: { locale: 'en' } },
    ]);
  });

  it('merges params and props per locale', () => {
    const paths = localeStaticPaths((locale) => ({ params: { page: 'about' }, props: { title: `about-${locale}` } }));
    expect(paths[1]).toEqual({ params: { locale: 'en', page: 'about' }, props: { locale: 'en', title: 'about-en' } });
  });
});
