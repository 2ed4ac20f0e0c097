import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEPT_SITE_FILES, writeSite } from './offline-fixture.ts';
import { offlineFiles } from './offline.ts';
import {
  cachedServiceWorker,
  type GenerateSW,
  makeServiceWorker,
  type ServiceWorker,
  ServiceWorkerCache,
  serviceWorkerKey,
} from './service-worker.ts';

/** The small site, with a short link's page and the list of signs besides. */
const FILES = [...KEPT_SITE_FILES, 'go/kr.html', 'signs.html'];

type Options = Parameters<GenerateSW>[0];

/** A stand-in for Workbox that writes what it was asked for into `swDest`, and says so. */
function fakeGenerateSW(calls: Options[], result: Partial<Awaited<ReturnType<GenerateSW>>> = {}): GenerateSW {
  return async (options) => {
    calls.push(options);
    writeFileSync(options.swDest, `self.__files = ${JSON.stringify(options.globPatterns)};`);
    const count = options.globPatterns?.length ?? 0;
    return { count, size: 1000, warnings: [], filePaths: [options.swDest], ...result };
  };
}

let dist: string;
let cacheDirectory: string;
beforeEach(() => {
  dist = writeSite('service-worker-', FILES);
  cacheDirectory = join(dist, '..', `${dist.split('/').pop()}-cache`);
});
afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(cacheDirectory, { recursive: true, force: true });
});

describe('makeServiceWorker', () => {
  it('keeps the offline files and answers the short links, made apart from dist', async () => {
    const calls: Options[] = [];
    const worker = await makeServiceWorker(dist, FILES, new Map([['kr', 'abroad/kr']]), fakeGenerateSW(calls));
    const [options] = calls;
    expect(options!.globDirectory).toBe(dist);
    expect(options!.globPatterns).toEqual(offlineFiles(FILES));
    expect(options!.swDest.startsWith(dist)).toBe(false);
    // Workbox's folder is gone once the worker is read.
    expect(existsSync(dirname(options!.swDest))).toBe(false);
    expect(worker.contents.toString()).toBe(`self.__files = ${JSON.stringify(offlineFiles(FILES))};`);
    expect(worker).toMatchObject({ files: offlineFiles(FILES).length, bytes: 1000 });
    const fallbacks = options!.runtimeCaching!.map((rule) => [
      rule.urlPattern instanceof RegExp ? rule.urlPattern.source : 'navigation',
      (rule.options as { precacheFallback: { fallbackURL: string } }).precacheFallback.fallbackURL,
    ]);
    expect(fallbacks).toContainEqual(['^https?:\\/\\/[^/]+\\/go\\/kr(?:\\?.*)?$', '/abroad/kr']);
    expect(fallbacks.slice(-2)).toEqual([
      ['navigation', '/en/offline'],
      ['navigation', '/offline'],
    ]);
  });

  it("stops on Workbox's warnings, or when it keeps other files than asked, and leaves no folder behind", async () => {
    const calls: Options[] = [];
    await expect(
      makeServiceWorker(dist, FILES, new Map(), fakeGenerateSW(calls, { warnings: ['no file matches x'] })),
    ).rejects.toThrow('The service worker could not be written:\nno file matches x');
    await expect(makeServiceWorker(dist, FILES, new Map(), fakeGenerateSW(calls, { count: 3 }))).rejects.toThrow(
      /The service worker keeps 3 files; expected \d+/,
    );
    for (const options of calls) expect(existsSync(dirname(options.swDest))).toBe(false);
  });
});

describe('cachedServiceWorker', () => {
  const made = (contents: string): ServiceWorker => ({ contents: Buffer.from(contents), files: 1, bytes: 1 });

  it('takes a worker made before from the same kept files, short links and toolchain from the cache', async () => {
    const cache = new ServiceWorkerCache(cacheDirectory);
    let makes = 0;
    const get = (links: ReadonlyMap<string, string>, toolchain = 'workbox 1') =>
      cachedServiceWorker(dist, FILES, links, { cache, toolchain, make: async () => made(`worker ${++makes}`) });
    const links = new Map([['kr', 'abroad/kr']]);
    const first = await get(links);
    expect(first).toMatchObject({ cached: false });
    expect(await get(links)).toEqual({ ...first, cached: true });
    expect(makes).toBe(1);

    // Any change to a kept file, the short links or the toolchain makes it anew; a file not kept changes nothing.
    writeFileSync(join(dist, 'signs.html'), '<p>changed</p>');
    expect((await get(links)).contents.toString()).toBe('worker 1');
    writeFileSync(join(dist, 'abroad/kr.html'), '<p>changed</p>');
    await get(links);
    await get(new Map());
    await get(links, 'workbox 2');
    expect(makes).toBe(4);
  });

  it('makes it each time without a toolchain to key it by, and keeps none it could not make', async () => {
    const cache = new ServiceWorkerCache(cacheDirectory);
    let makes = 0;
    const make = async () => made(`worker ${++makes}`);
    await cachedServiceWorker(dist, FILES, new Map(), { cache, toolchain: undefined, make });
    await cachedServiceWorker(dist, FILES, new Map(), { cache, toolchain: undefined, make });
    expect(makes).toBe(2);
    const failing = async (): Promise<ServiceWorker> => {
      throw new Error('Workbox failed');
    };
    await expect(
      cachedServiceWorker(dist, FILES, new Map(), { cache, toolchain: 'workbox 1', make: failing }),
    ).rejects.toThrow('Workbox failed');
    expect(existsSync(cacheDirectory)).toBe(false);
  });
});

describe('serviceWorkerKey', () => {
  const files = [{ path: 'a.html', contents: Buffer.from('a') }];

  it('changes with the source of a function or pattern in the options, not only their names', () => {
    const key = (options: object) => serviceWorkerKey(options, files, 'workbox 1');
    expect(key({ test: () => 1 })).not.toBe(key({ test: () => 2 }));
    expect(key({ pattern: /a/ })).not.toBe(key({ pattern: /a/i }));
    expect(key({ pattern: /a/ })).toBe(key({ pattern: /a/ }));
  });

  it('tells apart files whose paths and contents run together alike', () => {
    const one = serviceWorkerKey({}, [{ path: 'a', contents: Buffer.from('bc') }], 'workbox 1');
    const other = serviceWorkerKey(
      {},
      [
        { path: 'a', contents: Buffer.from('b') },
        { path: 'c', contents: Buffer.from('') },
      ],
      'workbox 1',
    );
    expect(one).not.toBe(other);
  });
});

describe('ServiceWorkerCache', () => {
  it('forgets workers no build asked for in a month', () => {
    const cache = new ServiceWorkerCache(cacheDirectory);
    cache.store('old', { contents: Buffer.from('old'), files: 1, bytes: 1 });
    cache.store('new', { contents: Buffer.from('new'), files: 1, bytes: 1 });
    const monthAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    utimesSync(join(cacheDirectory, 'old.json'), monthAgo, monthAgo);
    cache.prune();
    expect(readdirSync(cacheDirectory)).toEqual(['new.json']);
    expect(cache.get('new')?.contents.toString()).toBe('new');
  });
});
