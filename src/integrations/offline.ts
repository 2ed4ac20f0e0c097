/**
 * Writes the service worker, `dist/sw.js`, with Workbox after the build. It
 * keeps the pages of `offlineFiles` on the phone and answers them from
 * there at once, even with a weak or no signal; any other page that cannot
 * be reached gets the offline page in its language. A printed short link
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
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/checks/built-files.ts';
import { offlineFiles, shortLinkFallbacks } from '../lib/pages/offline.ts';
import { shortLinkCodes } from '../lib/pages/render-records.ts';
import { pagePath } from '../lib/host/static-host.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale, localePath, localePrefix } from '../lib/locales.ts';
import { SITE_MAP } from '../lib/site-map.ts';

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

type GenerateSW = typeof import('workbox-build').generateSW;

export interface OfflineSummary {
  files: number;
  bytes: number;
}

/**
 * Writes `sw.js` into `dist`, keeping the files `offlineFiles` chooses, and
 * answering the short links (code → the page it stands for, as the short-link
 * pages recorded it while rendering) from the pages they stand for.
 */
export async function writeServiceWorker(
  dist: string,
  generateSW: GenerateSW,
  shortLinks: ReadonlyMap<string, string> = shortLinkCodes.all(),
): Promise<OfflineSummary> {
  const kept = offlineFiles(listFiles(dist));
  const fallbacks = shortLinkFallbacks(shortLinks, kept);
  const { count, size, warnings } = await generateSW({
    swDest: join(dist, 'sw.js'),
    globDirectory: dist,
    globPatterns: kept,
    manifestTransforms: [
      async (entries) => ({
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
  });
  if (warnings.length > 0) throw new Error(`The service worker could not be written:\n${warnings.join('\n')}`);
  if (count !== kept.length) throw new Error(`The service worker keeps ${count} files; expected ${kept.length}`);
  return { files: count, bytes: size };
}

export function offlineSupport(): AstroIntegration {
  return {
    name: 'site:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { generateSW } = await import('workbox-build');
        const { files, bytes } = await writeServiceWorker(fileURLToPath(dir), generateSW);
        logger.info(`Wrote sw.js keeping ${files} files (${Math.round(bytes / 1024)} KB) for offline use.`);
      },
    },
  };
}
