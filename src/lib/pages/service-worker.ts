/**
 * The service worker, `sw.js`, made with Workbox from the built site. It
 * keeps the pages of `offlineFiles` on the phone and answers them from there
 * at once, even with a weak or no signal; any other page that cannot be
 * reached gets the offline page in its language. A printed short link
 * (`/GO/KR`, `/go/kr`, `/en/go/kr`) answers offline with the kept help card
 * it stands for, the same help it shows online.
 *
 * Updates: each kept file is listed with a hash of its content, so any change
 * to a page changes `sw.js`. The browser checks `sw.js` on every visit (it is
 * never cached; see the host headers), and a new worker takes over at once
 * (`skipWaiting`, `clientsClaim`) and replaces the kept pages: after a number
 * changes, a phone shows the old one for at most the one visit that fetches
 * the update.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeptFiles } from '../kept-files.ts';
import { pagePath } from '../host/static-host.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale, localePath, localePrefix } from '../locales.ts';
import { SITE_MAP } from '../site-map.ts';
import { offlineFiles, shortLinkFallbacks } from './offline.ts';

type NavigationTest = (context: { request: Request; url: URL }) => boolean;

/**
 * Whether a request is a page in `locale`, as a function Workbox writes into
 * `sw.js` by its source text: it cannot refer to anything outside itself, so
 * its pattern is written into its body.
 */
function navigationIn(locale: Locale): NavigationTest {
  const prefix = localePrefix(locale);
  const pattern = prefix === '' ? '/^\\//' : `/^${prefix.replace(/\//g, '\\/')}(\\/|$)/`;
  return new Function(
    '{ request, url }',
    `return request.mode === 'navigate' && ${pattern}.test(url.pathname);`,
  ) as NavigationTest;
}

/**
 * The offline page of each language, that answers a page of that language the
 * phone cannot reach; the root language last, since its pages have no prefix.
 */
const OFFLINE_PAGES = [...LOCALES]
  .sort((a, b) => Number(a === DEFAULT_LOCALE) - Number(b === DEFAULT_LOCALE))
  .map((locale) => ({ test: navigationIn(locale), page: localePath(locale, SITE_MAP.offline.route) }));

export type GenerateSW = typeof import('workbox-build').generateSW;
type Options = Parameters<GenerateSW>[0];

export interface ServiceWorker {
  /** The bytes of `sw.js`. */
  contents: Buffer;
  /** The files it keeps, and their bytes. */
  files: number;
  bytes: number;
}

/** What Workbox is asked for, but where to read and write: the files `kept`, and the short links' `fallbacks`. */
function workboxOptions(kept: string[], fallbacks: ReturnType<typeof shortLinkFallbacks>) {
  return {
    globPatterns: kept,
    manifestTransforms: [
      async (entries: { url: string; revision: string | null; size: number }[]) => ({
        manifest: entries.map((entry) => ({ ...entry, url: pagePath(entry.url) })),
        warnings: [],
      }),
    ],
    // No separate Workbox file to fetch, and nothing but this one script.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      // A short link answers from the network, and from the kept page it stands for when there is none.
      ...fallbacks.map(({ pattern, page }) => ({
        urlPattern: pattern,
        handler: 'NetworkOnly' as const,
        options: { precacheFallback: { fallbackURL: page } },
      })),
      // Pages that are not kept always come from the network; without one, the offline page answers in the page's language.
      ...OFFLINE_PAGES.map(({ test, page }) => ({
        urlPattern: test,
        handler: 'NetworkOnly' as const,
        options: { precacheFallback: { fallbackURL: page } },
      })),
    ],
  } satisfies Omit<Options, 'swDest' | 'globDirectory'>;
}

/**
 * A key for everything `sw.js` is made from: the options Workbox is given
 * (its functions by their source, its patterns by theirs), the path and bytes
 * of every file it keeps, and `toolchain`, what makes it (see
 * `toolchainFingerprint`). The same key makes the same file.
 */
export function serviceWorkerKey(
  options: object,
  keptFiles: Iterable<{ path: string; contents: Uint8Array }>,
  toolchain: string,
): string {
  const hash = createHash('sha256');
  hash.update(`${toolchain}\n`);
  hash.update(
    JSON.stringify(options, (_name, value: unknown) => {
      if (typeof value === 'function') return `function ${value.toString()}`;
      if (value instanceof RegExp) return `RegExp ${value.toString()}`;
      return value;
    }),
  );
  for (const { path, contents } of keptFiles) {
    hash.update(`\n${path} ${contents.length}\n`);
    hash.update(contents);
  }
  return hash.digest('hex');
}

/**
 * What makes `sw.js` besides its inputs: the version of Workbox and of every
 * package it bundles with (Babel, Rollup, Terser …), as the project's
 * lockfile pins them; undefined without a lockfile, which leaves them unknown.
 */
export function toolchainFingerprint(root: string): string | undefined {
  const lockfile = join(root, 'package-lock.json');
  if (!existsSync(lockfile)) return undefined;
  const workbox = createRequire(join(root, 'package.json')).resolve('workbox-build/package.json');
  const { version } = JSON.parse(readFileSync(workbox, 'utf8')) as { version: string };
  return `workbox-build ${version} ${createHash('sha256').update(readFileSync(lockfile)).digest('hex')}`;
}

/** Service workers made before, by their key, so an unchanged site's is not made again. */
export class ServiceWorkerCache extends KeptFiles {
  constructor(directory: string) {
    super(directory, '.json');
  }

  /** The worker made for `key`, if there is one; marks it used. */
  get(key: string): ServiceWorker | undefined {
    const kept = this.read(key);
    if (!kept) return undefined;
    const { text, files, bytes } = JSON.parse(kept.toString('utf8')) as { text: string; files: number; bytes: number };
    return { contents: Buffer.from(text, 'utf8'), files, bytes };
  }

  /** Keeps a worker. */
  store(key: string, { contents, files, bytes }: ServiceWorker): void {
    this.write(key, JSON.stringify({ text: contents.toString('utf8'), files, bytes }));
  }
}

/**
 * The key of the worker `makeServiceWorker` makes from these inputs with
 * `toolchain` (see `serviceWorkerKey`); reads the files it keeps from `dist`.
 */
export function serviceWorkerKeyOf(
  dist: string,
  files: readonly string[],
  shortLinks: ReadonlyMap<string, string>,
  toolchain: string,
): string {
  const kept = offlineFiles(files);
  const options = workboxOptions(kept, shortLinkFallbacks(shortLinks, kept));
  return serviceWorkerKey(
    options,
    kept.map((path) => ({ path, contents: readFileSync(join(dist, path)) })),
    toolchain,
  );
}

/**
 * Makes `sw.js` for the site built in `dist`, whose files are `files`, with
 * Workbox's `generateSW`: keeping the files `offlineFiles` chooses, and
 * answering the short links (code → the page it stands for, as the
 * short-link pages recorded it while rendering) from the pages they stand
 * for. Workbox writes it into a folder of its own, removed once read.
 */
export async function makeServiceWorker(
  dist: string,
  files: readonly string[],
  shortLinks: ReadonlyMap<string, string>,
  generateSW: GenerateSW,
): Promise<ServiceWorker> {
  const kept = offlineFiles(files);
  const options = workboxOptions(kept, shortLinkFallbacks(shortLinks, kept));
  const folder = await mkdtemp(join(tmpdir(), 'site-sw-'));
  try {
    const swDest = join(folder, 'sw.js');
    const { count, size, warnings } = await generateSW({ swDest, globDirectory: dist, ...options });
    if (warnings.length > 0) throw new Error(`The service worker could not be written:\n${warnings.join('\n')}`);
    if (count !== kept.length) throw new Error(`The service worker keeps ${count} files; expected ${kept.length}`);
    return { contents: await readFile(swDest), files: count, bytes: size };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The service worker for these inputs: from `cache` when one was made from
 * the same inputs with the same `toolchain` (undefined: unknown, never
 * cached), else made by `make` and kept.
 */
export async function cachedServiceWorker(
  dist: string,
  files: readonly string[],
  shortLinks: ReadonlyMap<string, string>,
  {
    cache,
    toolchain,
    make,
  }: { cache: ServiceWorkerCache; toolchain: string | undefined; make: () => Promise<ServiceWorker> },
): Promise<ServiceWorker & { cached: boolean }> {
  const key = toolchain === undefined ? undefined : serviceWorkerKeyOf(dist, files, shortLinks, toolchain);
  const cached = key === undefined ? undefined : cache.get(key);
  if (cached) return { ...cached, cached: true };
  const worker = await make();
  if (key !== undefined) cache.store(key, worker);
  return { ...worker, cached: false };
}
