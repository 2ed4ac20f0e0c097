/**
 * Draws the link-preview image of every page after the build, from what the
 * page recorded for its Open Graph tags as it rendered, into `dist/og/`. Images are kept in
 * `node_modules/.cache/preview-images/` by their text and design, so a build
 * redraws only the pages whose title, description or address changed. Images
 * are drawn in worker processes, one per core: the memory the drawing takes
 * (fonts, layout, the renderer's own) leaves with them, where a thread's
 * would stay in the build's process.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { designFingerprint, type CardText } from '../lib/pages/preview-card.ts';
import type { BuiltPages } from '../lib/pages/built-pages.ts';
import { PreviewCache, previewImagesOf, writePreviewImages } from '../lib/pages/preview-images.ts';
import { sharedPages } from '../lib/pages/render-records.ts';
import { poolSize, processWorker, WorkerPool } from '../lib/pages/worker-pool.ts';

const CARD_WORKER = new URL('../lib/pages/preview-card-worker.ts', import.meta.url);

/** Draws the preview image of each page `builtPages` read. */
export function previewImages(builtPages: BuiltPages): AstroIntegration {
  let root = '';
  return {
    name: 'site:preview-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const { images, problems } = previewImagesOf(sharedPages.all(), builtPages.pages);
        assertNoProblems('Pages whose link previews cannot be drawn:', problems);
        const cache = new PreviewCache(join(root, 'node_modules', '.cache', 'preview-images'));
        // Cached images need no worker: only as many as images may be drawn, started as they are needed.
        const workers = poolSize(images.length);
        const pool = new WorkerPool<CardText, Uint8Array>(() => processWorker(CARD_WORKER), workers);
        try {
          const { drawn, cached } = await writePreviewImages(images, {
            dist,
            cache,
            design: designFingerprint(),
            draw: (text) => pool.run(text),
            // One drawing waiting per worker as it finishes another keeps every thread busy.
            parallel: 2 * workers,
          });
          const elapsed = performance.now() - started;
          const perImage =
            drawn > 0 ? `, ${Math.round(elapsed / drawn)} ms per image drawn, in ${pool.started} processes` : '';
          logger.info(
            `${images.length} preview images: ${drawn} drawn, ${cached} from the cache, in ${(elapsed / 1000).toFixed(1)} s${perImage}.`,
          );
        } finally {
          await pool.close();
        }
        cache.prune();
      },
    },
  };
}
