import { describe, expect, it } from 'vitest';
import { listStaticPaths, localeStaticPaths } from './static-paths.ts';

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

describe('listStaticPaths', () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

  it('makes the first page at the list’s path and numbers the rest, in every language', async () => {
    const paths = await listStaticPaths('signs', (locale) => Promise.resolve(numbers(45).map((n) => `${locale}-${n}`)));
    expect(paths.map((path) => path.params)).toEqual([
      { locale: undefined, page: undefined },
      { locale: 'en', page: undefined },
      { locale: undefined, page: '2' },
      { locale: 'en', page: '2' },
      { locale: undefined, page: '3' },
      { locale: 'en', page: '3' },
    ]);
    expect(paths[3]!.props.page).toMatchObject({ number: 2, path: 'signs/2', previous: 'signs', next: 'signs/3' });
    expect(paths[3]!.props.page.items[0]).toBe('en-21');
  });

  it('stops when the languages’ lists would have different pages', async () => {
    await expect(
      listStaticPaths('signs', (locale) => Promise.resolve(numbers(locale === 'en' ? 41 : 40))),
    ).rejects.toThrow('The list at signs must have as many pages in every language; it has mn 2, en 3');
  });
});
