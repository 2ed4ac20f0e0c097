import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_BUDGET_BYTES, offlineCopySize, offlineFiles } from '../../src/lib/pages/offline.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';
import { builtFiles, DIST } from '../support/dist.ts';

const files = builtFiles().map((file) => file.path);
const kept = offlineFiles(files);
const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const keptUrls = [...worker.matchAll(/\burl:"([^"]+)"/g)].map(([, url]) => url!).sort();

describe('the service worker', () => {
  it('keeps exactly the offline pages and shell, with a revision for each', () => {
    expect(keptUrls).toEqual(kept.map(pagePath).sort());
    expect([...worker.matchAll(/\brevision:"[0-9a-f]{32}"/g)]).toHaveLength(keptUrls.length);
  });

  it('keeps every help card in both languages and nothing of the search index', () => {
    const cards = files.filter((file) => /^(en\/)?abroad\/[a-z]{2}\.html$/.test(file));
    expect(cards.length).toBeGreaterThanOrEqual(30);
    for (const card of cards) expect(keptUrls).toContain(pagePath(card));
    expect(keptUrls.filter((url) => url.includes('pagefind') || url.includes('search'))).toEqual([]);
  });

  it('keeps a copy within its budget, gzip-compressed, worker included', () => {
    const copy = [...kept, 'sw.js'].map((path) => ({ path, content: readFileSync(join(DIST, path)) }));
    const size = offlineCopySize(copy);
    expect(size, `the offline copy weighs ${Math.round(size / 1024)} KB gzip`).toBeLessThanOrEqual(
      OFFLINE_BUDGET_BYTES,
    );
    expect(OFFLINE_BUDGET_BYTES).toBe(400 * 1024);
  });

  it('answers every short link, in each language, from the help card it stands for, without keeping it twice', () => {
    // Each route as the worker registers it: its pattern's path and the kept page that answers offline.
    const routes = new Map(
      [...worker.matchAll(/\[\^\/\]\+((?:\\\/[a-z0-9]+)+)\(\?:\\\?\.\*\)\?\$\/i,.{0,60}?fallbackURL:"([^"]+)"/g)].map(
        ([, path, page]) => [path!.replace(/\\\//g, '/'), page!],
      ),
    );
    const links = files.flatMap((file) => /^(?:en\/)?go\/([a-z0-9]+)\.html$/.exec(file)?.[0] ?? []);
    expect(links.length).toBeGreaterThanOrEqual(30);
    for (const file of links.filter((each) => !each.endsWith('/404.html'))) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const target = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname;
      // A campaign's leaflet link is left to the offline page, which lists every country's numbers.
      if (/^(\/en)?\/campaigns\//.test(target)) {
        expect(routes.has(pagePath(file)), pagePath(file)).toBe(false);
        continue;
      }
      expect(routes.get(pagePath(file)), pagePath(file)).toBe(target);
      expect(keptUrls).toContain(target);
    }
    expect(keptUrls.filter((url) => /^(\/en)?\/go\//i.test(url))).toEqual([]);
  });

  it('takes over at once and falls back to the offline page in the page’s language', () => {
    for (const code of [
      'self.skipWaiting()',
      'self.clients.claim()',
      'fallbackURL:"/en/offline"',
      'fallbackURL:"/offline"',
    ]) {
      expect(worker.includes(code), code).toBe(true);
    }
  });
});

describe('the web app manifests', () => {
  for (const [file, lang, start] of [
    ['manifest.webmanifest', 'mn', '/'],
    ['en/manifest.webmanifest', 'en', '/en'],
  ] as const) {
    it(`${file} installs the ${lang} site with icons that exist`, () => {
      const manifest = JSON.parse(readFileSync(join(DIST, file), 'utf8'));
      expect(manifest).toMatchObject({ lang, start_url: start, display: 'standalone' });
      expect(manifest.name).toMatch(/\S/);
      const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
      expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
      for (const icon of icons) expect(files).toContain(icon.src.slice(1));
    });
  }
});
