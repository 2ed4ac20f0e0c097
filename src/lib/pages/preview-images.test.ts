import { existsSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageMetadataInput } from './page-metadata.ts';
import type { CardText } from './preview-card.ts';
import { PreviewCache, previewImagesOf, previewKey, writePreviewImages } from './preview-images.ts';

const share = (path: string, title = 'Өмнөд Солонгос'): PageMetadataInput => ({
  locale: 'mn',
  title,
  description: 'Яаралтай утас, элчин сайдын яам',
  siteName: 'Хүн худалдаалахын эсрэг',
  canonicalUrl: `https://example.org${path}`,
  imageUrl: `https://example.org/og${path === '/' ? '/index' : path}.png`,
  type: 'website',
});

/** The records of pages as Astro renders them: `/abroad/kr.html` for `dist/abroad/kr.html`. */
function recorded(...pages: [string, PageMetadataInput][]): Map<string, PageMetadataInput> {
  return new Map(pages.map(([file, input]) => [`/${file}`, input]));
}

describe('previewImagesOf', () => {
  it("takes each page's image, text and address from what it recorded", () => {
    const { images, problems } = previewImagesOf(recorded(['abroad/kr.html', share('/abroad/kr')]), ['abroad/kr.html']);
    expect(problems).toEqual([]);
    expect(images).toEqual([
      {
        file: 'og/abroad/kr.png',
        page: 'abroad/kr.html',
        text: {
          locale: 'mn',
          siteName: 'Хүн худалдаалахын эсрэг',
          title: 'Өмнөд Солонгос',
          description: 'Яаралтай утас, элчин сайдын яам',
          address: 'example.org/abroad/kr',
        },
      },
    ]);
  });

  it('finds the home pages, recorded under either spelling of their path', () => {
    const { images, problems } = previewImagesOf(
      new Map([
        ['/', share('/')],
        ['/en.html', { ...share('/en'), imageUrl: 'https://example.org/og/en/index.png' }],
      ]),
      ['en.html', 'index.html'],
    );
    expect(problems).toEqual([]);
    expect(images.map(({ file, text }) => [file, text.address])).toEqual([
      ['og/en/index.png', 'example.org/en'],
      ['og/index.png', 'example.org'],
    ]);
  });

  it('draws nothing for a copy of another page, which shows that page’s image', () => {
    const { images, problems } = previewImagesOf(
      recorded(['go/kr.html', share('/abroad/kr')], ['abroad/kr.html', share('/abroad/kr')]),
      ['abroad/kr.html', 'go/kr.html'],
    );
    expect(problems).toEqual([]);
    expect(images.map((image) => image.page)).toEqual(['abroad/kr.html']);
  });

  it('reports a copy whose image no page draws', () => {
    const { problems } = previewImagesOf(recorded(['go/kr.html', share('/abroad/kr')]), ['go/kr.html']);
    expect(problems).toEqual(['dist/go/kr.html: og:image: /og/abroad/kr.png is drawn from no page of the site']);
  });

  it('reports a page that recorded nothing, empty text, an image elsewhere and text the font cannot draw', () => {
    const { problems } = previewImagesOf(
      recorded(
        ['about.html', { ...share('/about'), title: ' ', description: '' }],
        ['x.html', { ...share('/x'), imageUrl: 'https://example.org/logo.png' }],
        ['zh.html', share('/zh', '中国')],
      ),
      ['about.html', 'plain.html', 'x.html', 'zh.html'],
    );
    expect(problems).toEqual([
      'dist/about.html: og:title, og:description: missing, so the page has no complete link preview',
      'dist/plain.html: recorded no link preview while it rendered; lay the page out with BaseLayout',
      'dist/x.html: og:image: https://example.org/logo.png is not a preview image under /og/',
      'dist/zh.html: og:title or og:description: the preview font has no "中", "国"',
    ]);
  });

  it('draws nothing for a page that shows its section’s image, and reports such an image no page draws', () => {
    const sign = { ...share('/signs/fake-job'), imageUrl: 'https://example.org/og/signs.png' };
    const { images, problems } = previewImagesOf(
      recorded(
        ['signs.html', share('/signs')],
        ['signs/fake-job.html', sign],
        [
          'rights/passport.html',
          {
            ...share('/rights/passport'),
            imageUrl: 'https://example.org/og/rights.png',
          },
        ],
      ),
      ['rights/passport.html', 'signs.html', 'signs/fake-job.html'],
    );
    expect(images.map((image) => image.page)).toEqual(['signs.html']);
    expect(problems).toEqual(['dist/rights/passport.html: og:image: /og/rights.png is drawn from no page of the site']);
  });
  it('reports two files of one page, which would draw one image twice', () => {
    const { problems } = previewImagesOf(recorded(['a.html', share('/a')]), ['a.html', 'a/index.html']);
    expect(problems).toEqual([
      'dist/a/index.html: og:image: https://example.org/og/a.png is already the image of dist/a.html',
    ]);
  });
});

describe('writePreviewImages', () => {
  const text: CardText = {
    locale: 'en',
    siteName: 'Site',
    title: 'Title',
    description: 'Description',
    address: 'example.org',
  };
  const images = [
    { file: 'og/index.png', page: 'index.html', text },
    { file: 'og/en/index.png', page: 'en.html', text: { ...text, title: 'Other' } },
  ];

  function setUp() {
    const root = mkdtempSync(join(tmpdir(), 'previews-'));
    const drawn: string[] = [];
    const draw = async (card: CardText) => {
      drawn.push(card.title);
      return new TextEncoder().encode(`png of ${card.title}`);
    };
    return { root, drawn, draw, cache: new PreviewCache(join(root, 'cache')) };
  }

  it('draws each image once, then copies it from the cache', async () => {
    const { root, drawn, draw, cache } = setUp();
    const first = await writePreviewImages(images, { dist: join(root, 'one'), cache, design: 'd1', draw });
    expect(first).toEqual({ drawn: 2, cached: 0 });
    expect(readFileSync(join(root, 'one', 'og', 'en', 'index.png'), 'utf8')).toBe('png of Other');

    const second = await writePreviewImages(images, { dist: join(root, 'two'), cache, design: 'd1', draw });
    expect(second).toEqual({ drawn: 0, cached: 2 });
    expect(drawn.sort()).toEqual(['Other', 'Title']);
    expect(readFileSync(join(root, 'two', 'og', 'index.png'), 'utf8')).toBe('png of Title');
  });

  it('redraws only what changed: a text, or the design', async () => {
    const { root, drawn, draw, cache } = setUp();
    await writePreviewImages(images, { dist: root, cache, design: 'd1', draw });
    const changed = [images[0]!, { ...images[1]!, text: { ...text, title: 'New title' } }];
    expect(await writePreviewImages(changed, { dist: root, cache, design: 'd1', draw })).toEqual({
      drawn: 1,
      cached: 1,
    });
    expect(await writePreviewImages(changed, { dist: root, cache, design: 'd2', draw })).toEqual({
      drawn: 2,
      cached: 0,
    });
    expect(drawn).toHaveLength(5);
  });

  it('stops with every image that could not be drawn, naming its page, after writing the others', async () => {
    const { root, cache } = setUp();
    const draw = async (card: CardText) => {
      if (card.title === 'Other') throw new Error('satori: no font');
      return new TextEncoder().encode(`png of ${card.title}`);
    };
    await expect(writePreviewImages(images, { dist: root, cache, design: 'd1', draw })).rejects.toThrow(
      'Pages whose link preview image could not be drawn:\ndist/en.html: /og/en/index.png: satori: no font',
    );
    expect(readFileSync(join(root, 'og', 'index.png'), 'utf8')).toBe('png of Title');
  });

  it('keys on every part of the text', () => {
    const keys = [
      text,
      { ...text, locale: 'mn' as const },
      { ...text, siteName: 'x' },
      { ...text, title: 'x' },
      { ...text, description: 'x' },
      { ...text, address: 'x' },
    ].map((each) => previewKey(each, 'd'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('forgets images unused for a month', async () => {
    const { root, draw, cache } = setUp();
    await writePreviewImages(images, { dist: root, cache, design: 'd1', draw });
    const old = join(cache.directory, `${previewKey(text, 'd1')}.png`);
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(old, longAgo, longAgo);
    cache.prune();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(cache.directory, `${previewKey(images[1]!.text, 'd1')}.png`))).toBe(true);
  });
});
