/**
 * What a link-preview reader (Facebook, Telegram, X, WhatsApp) and a search
 * engine read from every built page: title, description, canonical URL,
 * language alternates, Open Graph and Twitter tags, the preview image and
 * JSON-LD.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.ts';
import { serveDist } from '../../scripts/serve.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { isLocale, type Locale, LOCALES } from '../../src/lib/locales.ts';
import { isProseCollection, placeOfPage } from '../../src/lib/site-map.ts';
import { PREVIEW_IMAGE_BUDGET } from '../../src/lib/checks/page-budget.ts';
import {
  announcesCampaignFeed,
  campaignFeedPath,
  OG_LOCALES,
  PREVIEW_DIRECTORY,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  previewImagePath,
} from '../../src/lib/pages/page-metadata.ts';
import { parseSiteOrigin } from '../../src/lib/pages/site.ts';
import { candidateFiles, pagePath } from '../../src/lib/host/static-host.ts';
import { builtFiles, DIST } from '../support/dist.ts';

const origin = parseSiteOrigin(process.env.SITE_ORIGIN);
const files = builtFiles();
const paths = new Set(files.map((file) => file.path));
const pages = files.filter((file) => file.html !== undefined).map((file) => ({ file: file.path, html: file.html! }));
const byPath = new Map(pages.map((page) => [pagePath(page.file), page.html]));
const resolves = (url: string) => candidateFiles(new URL(url).pathname).some((file) => paths.has(file));
/** Pages that copy another (printed short links) and point previews at it. */
const isCopy = (path: string) => /^(\/en)?\/go\//i.test(path);
/** Warning signs, rights and campaigns: the entries of a section made of prose, not the pages of its list (`signs/2`). */
function isArticle(path: string): boolean {
  const place = placeOfPage(path);
  return place?.entry !== undefined && isProseCollection(place.section.collection);
}
/** Warning signs and rights show their section's preview image (README: Link previews): its path, or undefined. */
const sectionOfImage = (path: string) =>
  isArticle(path) ? /^((?:\/en)?\/(?:signs|rights))\/[^/]+$/.exec(path)?.[1] : undefined;

function metaOf(root: HTMLElement) {
  return (key: string) =>
    root
      .querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
      .map((element) => element.getAttribute('content') ?? '');
}

/** The one value of a tag, failing when it is missing, empty or given twice. */
function one(values: string[], what: string): string {
  expect(values, what).toHaveLength(1);
  expect(values[0]!.trim(), what).not.toBe('');
  return values[0]!;
}

describe.each(pages.map((page) => [pagePath(page.file), page]))('%s', (path, { html }) => {
  const root = parse(html);
  const meta = metaOf(root);
  const lang = root.querySelector('html')?.getAttribute('lang');

  it('names its language, title and description', () => {
    expect(isLocale(lang)).toBe(true);
    expect(
      one(
        root.querySelectorAll('title').map((title) => title.text),
        'title',
      ),
    ).not.toBe('');
    one(meta('description'), 'description');
  });

  it('has a canonical URL and an alternate for each language, all on the site', () => {
    const canonical = one(
      root.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href') ?? ''),
      'canonical',
    );
    expect(new URL(canonical).origin).toBe(origin);
    expect(resolves(canonical)).toBe(true);
    if (!isCopy(path)) expect(new URL(canonical).pathname).toBe(path);
    const alternates = new Map(
      root
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')!]),
    );
    expect([...alternates.keys()].sort()).toEqual([...LOCALES, 'x-default'].sort());
    for (const url of alternates.values()) expect(resolves(url), url).toBe(true);
    expect(alternates.get(lang)).toBe(canonical);
    expect(alternates.get('x-default')).toBe(alternates.get('mn'));
  });

  it('gives Open Graph and Twitter cards the same title, description and image, in its language', () => {
    const locale = lang as Locale;
    const title = one(meta('og:title'), 'og:title');
    const description = one(meta('og:description'), 'og:description');
    const image = one(meta('og:image'), 'og:image');
    const siteName = uiStrings(locale).site.name;
    expect(root.querySelector('title')!.text).toMatch(
      new RegExp(`^${RegExp.escape(title)}( — ${RegExp.escape(siteName)})?$`),
    );
    expect(description).toBe(one(meta('description'), 'description'));
    expect(one(meta('og:url'), 'og:url')).toBe(root.querySelector('link[rel="canonical"]')!.getAttribute('href'));
    expect(one(meta('og:site_name'), 'og:site_name')).toBe(siteName);
    expect(one(meta('og:locale'), 'og:locale')).toBe(OG_LOCALES[locale]);
    expect(meta('og:locale:alternate')).toEqual(
      LOCALES.filter((other) => other !== locale).map((other) => OG_LOCALES[other]),
    );
    expect(one(meta('og:type'), 'og:type')).toBe(isArticle(path) ? 'article' : 'website');
    expect(one(meta('og:image:type'), 'og:image:type')).toBe('image/png');
    expect(one(meta('og:image:width'), 'og:image:width')).toBe(String(PREVIEW_WIDTH));
    expect(one(meta('og:image:height'), 'og:image:height')).toBe(String(PREVIEW_HEIGHT));
    const section = sectionOfImage(path);
    const imageSays = section ? one(metaOf(parse(byPath.get(section)!))('og:title'), 'section og:title') : title;
    if (section) expect(new URL(image).pathname).toBe(previewImagePath(section));
    expect(one(meta('og:image:alt'), 'og:image:alt')).toBe(imageSays);
    expect(one(meta('twitter:card'), 'twitter:card')).toBe('summary_large_image');
    // X reads the Open Graph title, description and image above.
    expect(meta('twitter:title')).toEqual([]);
    expect(meta('twitter:description')).toEqual([]);
    expect(meta('twitter:image')).toEqual([]);
    expect(one(meta('twitter:image:alt'), 'twitter:image:alt')).toBe(imageSays);
  });

  it("points feed readers at the campaigns' feed in its language from the home page and the campaigns", () => {
    const feeds = root.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
    // A short link's copy of a page is that page: it announces what its canonical page does.
    const canonical = new URL(root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname;
    if (!announcesCampaignFeed(canonical)) {
      expect(feeds).toHaveLength(0);
      return;
    }
    expect(feeds.map((link) => link.getAttribute('href'))).toEqual([campaignFeedPath(lang as Locale)]);
    expect(paths.has(campaignFeedPath(lang as Locale).slice(1))).toBe(true);
    expect(feeds[0]!.getAttribute('title')).toContain(uiStrings(lang as Locale).campaigns.title);
  });

  it('points at a 1200×630 PNG preview on the site, within its budget', () => {
    const image = new URL(one(meta('og:image'), 'og:image'));
    expect(image.origin).toBe(origin);
    const file = image.pathname.slice(1);
    expect(file).toMatch(new RegExp(`^${PREVIEW_DIRECTORY}/.+\\.png$`));
    expect(paths.has(file), `dist/${file}`).toBe(true);
    const bytes = readFileSync(join(DIST, file));
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    expect(bytes.length).toBeLessThanOrEqual(PREVIEW_IMAGE_BUDGET);
  });

  it('holds only JSON-LD that parses, from schema.org', () => {
    for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
      const data = JSON.parse(script.textContent) as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
    }
  });
});

/** The JSON-LD nodes of a page, `@graph`s flattened. */
function structuredData(html: string): Record<string, unknown>[] {
  return parse(html)
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => {
      const data = JSON.parse(script.textContent) as Record<string, unknown>;
      return (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data];
    });
}

describe('JSON-LD', () => {
  it.each(pages.map((page) => pagePath(page.file)).filter(isArticle))('%s is an article in its language', (path) => {
    const html = byPath.get(path)!;
    const meta = metaOf(parse(html));
    const [article, ...others] = structuredData(html).filter((node) => node['@type'] === 'Article');
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      headline: meta('og:title')[0],
      description: meta('og:description')[0],
      url: meta('og:url')[0],
      image: meta('og:image')[0],
      inLanguage: parse(html).querySelector('html')!.getAttribute('lang'),
    });
  });

  const contactPages = [...byPath.keys()].filter((path) => /^(\/en)?\/(hotlines|abroad\/[a-z]{2})$/.test(path));

  it('covers the hotline page and every help card in both languages', () => {
    expect(contactPages.filter((path) => path.endsWith('/hotlines'))).toHaveLength(2);
    expect(contactPages.length).toBeGreaterThan(20);
  });

  it.each(contactPages)('%s names the organisations behind its numbers, each number one the page calls', (path) => {
    const html = byPath.get(path)!;
    const calls = new Set(
      parse(html)
        .querySelectorAll('a[href^="tel:"]')
        .map((link) => link.getAttribute('href')!.slice('tel:'.length)),
    );
    const organizations = structuredData(html).filter((node) => /Organization$/.test(node['@type'] as string));
    expect(organizations.length).toBeGreaterThan(0);
    for (const organization of organizations) {
      expect(organization.name).toEqual(expect.any(String));
      for (const point of (organization.contactPoint as { telephone: string }[] | undefined) ?? []) {
        expect(calls, `${organization.name as string}: ${point.telephone}`).toContain(point.telephone);
      }
    }
  });

  it.each(['/', '/en'])('%s describes the site in its language', (path) => {
    const site = structuredData(byPath.get(path)!).find((node) => node['@type'] === 'WebSite');
    expect(site).toMatchObject({ url: `${origin}${path}`, inLanguage: path === '/' ? 'mn' : 'en' });
  });
});

describe('preview images', () => {
  it('are each shown by some page: none drawn for nothing', () => {
    const shown = new Set(
      pages.flatMap((page) => metaOf(parse(page.html))('og:image').map((url) => new URL(url).pathname.slice(1))),
    );
    const drawn = files.map((file) => file.path).filter((file) => file.startsWith(`${PREVIEW_DIRECTORY}/`));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((file) => !shown.has(file))).toEqual([]);
    expect(drawn.every((file) => statSync(join(DIST, file)).size > 0)).toBe(true);
  });
});

describe('as a link-preview reader fetches it', () => {
  let server: Server;
  let served: string;
  beforeAll(async () => {
    const port = await freePort();
    server = await serveDist(DIST, port);
    served = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['/', 'mn'],
    ['/en', 'en'],
    ['/abroad/kr', 'mn'],
    ['/GO/KR', 'mn'],
    ['/en/go/kr', 'en'],
    ['/en/signs/fake-job-offers', 'en'],
    ['/hotlines', 'mn'],
  ])('%s shows a title, description and image in %s', async (path, locale) => {
    const page = await fetch(`${served}${path}`, { headers: { 'User-Agent': 'facebookexternalhit/1.1' } });
    expect(page.status).toBe(200);
    const meta = metaOf(parse(await page.text()));
    const [title, description] = [one(meta('og:title'), 'og:title'), one(meta('og:description'), 'og:description')];
    // Mongolian previews are written in Cyrillic; English ones carry none.
    const cyrillic = /[\u0400-\u04FF]/;
    expect(cyrillic.test(title) && cyrillic.test(description)).toBe(locale === 'mn');
    const image = new URL(one(meta('og:image'), 'og:image'));
    const answer = await fetch(`${served}${image.pathname}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await answer.arrayBuffer()));
    expect([png.width, png.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
  });
});
