/**
 * Writes the service worker, `dist/sw.js` (src/lib/pages/service-worker.ts),
 * from the pages as the page CSS step left them and the short links the pages
 * recorded as they rendered. A worker made before from the same pages, short
 * links and Workbox is taken from `node_modules/.cache/service-worker/`
 * instead of being bundled again.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuiltPages } from '../lib/pages/built-pages.ts';
import { shortLinkCodes } from '../lib/pages/render-records.ts';
import { makeServiceWorker, ServiceWorkerCache, toolchainFingerprint } from '../lib/pages/service-worker.ts';

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
        const cache = new ServiceWorkerCache(join(root, 'node_modules', '.cache', 'service-worker'));
        const { contents, files, bytes, cached } = await makeServiceWorker(
          dist,
          builtPages.files,
          shortLinkCodes.all(),
          {
            loadGenerateSW: async () => (await import('workbox-build')).generateSW,
            cache,
            toolchain: toolchainFingerprint(root),
          },
        );
        writeFileSync(join(dist, 'sw.js'), contents);
        cache.prune();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Wrote sw.js keeping ${files} files (${Math.round(bytes / 1024)} KB) for offline use, ` +
            `${cached ? 'from the cache' : 'made with Workbox'}, in ${seconds} s.`,
        );
      },
    },
  };
}
