/**
 * Writes the service worker, `dist/sw.js` (src/lib/pages/service-worker.ts),
 * from the pages as the page CSS step left them and the short links the pages
 * recorded as they rendered. Workbox makes it in a process of its own; a
 * worker made before from the same kept files, short links and Workbox is
 * taken from `node_modules/.cache/service-worker/` instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuiltPages } from '../lib/pages/built-pages.ts';
import { shortLinkCodes } from '../lib/pages/render-records.ts';
import { cachedServiceWorker, ServiceWorkerCache, toolchainFingerprint } from '../lib/pages/service-worker.ts';
import { makeServiceWorkerApart } from '../lib/pages/service-worker-process.ts';

/** Writes the service worker keeping the pages `builtPages` read that are kept offline. */
export function offlineSupport(builtPages: BuiltPages): AstroIntegration {
  let root = '';
  return {
    name: 'site:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const files = builtPages.files;
        const shortLinks = shortLinkCodes.all();
        const cache = new ServiceWorkerCache(join(root, 'node_modules', '.cache', 'service-worker'));
        const worker = await cachedServiceWorker(dist, files, shortLinks, {
          cache,
          toolchain: toolchainFingerprint(root),
          make: () => makeServiceWorkerApart(dist, files, shortLinks),
        });
        writeFileSync(join(dist, 'sw.js'), worker.contents);
        cache.prune();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Wrote sw.js keeping ${worker.files} files (${Math.round(worker.bytes / 1024)} KB) for offline use, ` +
            `${worker.cached ? 'from the cache' : 'made with Workbox'}, in ${seconds} s.`,
        );
      },
    },
  };
}
