/**
 * Draws the link-preview image of every page after the build, from what the
 * page recorded for its Open Graph tags as it rendered, into `dist/og/`. Images are kept in
 * `node_modules/.cache/preview-images/` by their text and design, so a build
 * redraws only the pages whose title, description or address changed.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/checks/built-files.ts';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { designFingerprint, drawCard } from '../lib/pages/preview-card.ts';
import { PreviewCache, previewImagesOf, writePreviewImages } from '../lib/pages/preview-images.ts';
import { sharedPages } from '../lib/pages/render-records.ts';

export function previewImages(): AstroIntegration {
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
        const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
        const { images, problems } = previewImagesOf(sharedPages.all(), pages);
        assertNoProblems('Pages whose link previews cannot be drawn:', problems);
        const cache = new PreviewCache(join(root, 'node_modules', '.cache', 'preview-images'));
        const { drawn, cached } = await writePreviewImages(images, {
          dist,
          cache,
          design: designFingerprint(),
          draw: drawCard,
          // Satori lays out on this thread while resvg paints on others: two in flight per core keeps both busy.
          parallel: 2 * availableParallelism(),
        });
        cache.prune();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${images.length} preview images: ${drawn} drawn, ${cached} from the cache, in ${seconds} s.`);
      },
    },
  };
}
