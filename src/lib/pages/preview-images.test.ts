import { existsSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardText } from './preview-card.ts';
import { PreviewCache, previewImagesOf, previewKey, writePreviewImages } from './preview-images.ts';

function page(path: string, tags: Record<string, string>, lang = 'mn') {
  const meta = Object.entries(tags)
    .map(([property, content]) => `<meta property="${property}" content="${content}">`)
    .join('');
  return { path, html: `<!doctype html><html lang="${lang}"><head>${meta}</head><body></body></html>` };
}

const tags = (path: string, title = 'Өмнөд Солонгос') => ({
  'og:title': title,
  'og:description': 'Яаралтай утас, элчин сайдын яам',
  'og:site_name': 'Хүн худалдаалахын эсрэг',
  'og:url': `https://example.org${path}`,
  'og:image': `https://example.org/og${path === '/' ? '/index' : path}.png`,
});

describe('previewImagesOf', () => {
  it("reads each page's image, text and address from its own tags", () => {
    const { images, problems } = previewImagesOf([page('abroad/kr.html', tags('/abroad/kr')), { path: 'sw.js' }]);
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

  it('decodes entities, as a preview reader does', () => {
    const { images } = previewImagesOf([page('index.html', tags('/', 'Ажил &amp; &quot;виз&quot;'))]);
    expect(images[0]!.text.title).toBe('Ажил & "виз"');
    expect(images[0]!.text.address).toBe('example.org');
  });

  it('draws nothing for a copy of another page, which shows that page’s image', () => {
    const copy = page('go/kr.html', tags('/abroad/kr'));
    const { images, problems } = previewImagesOf([copy, page('abroad/kr.html', tags('/abroad/kr'))]);
    expect(problems).toEqual([]);
    expect(images.map((image) => image.page)).toEqual(['abroad/kr.html']);
  });

  it('reports a copy whose image no page draws', () => {
    const { problems } = previewImagesOf([page('go/kr.html', tags('/abroad/kr'))]);
    expect(problems).toEqual(['dist/go/kr.html: og:image: /og/abroad/kr.png is drawn from no page of the site']);
  });

  it('reports missing tags, a foreign language, an image elsewhere and text the font cannot draw', () => {
    const { 'og:image': _image, 'og:title': _title, ...partial } = tags('/about');
    const { problems } = previewImagesOf([
      page('about.html', partial),
      page('fr.html', tags('/fr'), 'fr'),
      page('x.html', { ...tags('/x'), 'og:image': 'https://example.org/logo.png' }),
      page('zh.html', tags('/zh', '中国')),
    ]);
    expect(problems).toEqual([
      'dist/about.html: og:title, og:image: missing, so the page has no complete link preview',
      'dist/fr.html: <html lang>: "fr" is not one of the site\'s languages',
      'dist/x.html: og:image: https://example.org/logo.png is not a preview image under /og/',
      'dist/zh.html: og:title or og:description: the preview font has no "中", "国"',
    ]);
  });

  it('reports two pages claiming one image', () => {
    const { problems } = previewImagesOf([
      page('a.html', { ...tags('/a'), 'og:image': 'https://example.org/og/same.png' }),
      page('b.html', { ...tags('/b'), 'og:image': 'https://example.org/og/same.png' }),
    ]);
    expect(problems).toEqual([
      'dist/b.html: og:image: https://example.org/og/same.png is already the image of dist/a.html',
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
