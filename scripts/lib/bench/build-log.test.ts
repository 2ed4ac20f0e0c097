import { describe, expect, it } from 'vitest';
import { previewImagesDrawn, siteSearchSeconds, starlightSearchSeconds } from './build-log.ts';

// Excerpts of real build logs, 20 synthetic articles per language.
const SITE_LOG = `11:38:34   ├─ /en/search.html (+2ms)
11:38:37 [site:search-index] Indexed mn 60, en 60 pages for search in 1.5 s (Pagefind 1.32 s); left out 82.
11:38:40 [build] Waiting for integration "site:preview-images", hook "astro:build:done"...
11:38:46 [site:preview-images] 128 preview images: 128 drawn, 0 from the cache, in 9.1 s.
`;

const STARLIGHT_LOG = `11:38:55 [build] ✓ Completed in 2.36s.
11:38:55 [starlight:pagefind] Building search index with Pagefind...
11:38:55 [starlight:pagefind] Found 45 HTML files.
11:38:55 [starlight:pagefind] Finished building search index in 134ms.
11:38:56 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
11:38:56 [build] 45 page(s) built in 4.60s
`;

describe('siteSearchSeconds', () => {
  it('reads the seconds of the Pagefind step, bounded as Starlight bounds its own, not the whole step or the preview images', () => {
    expect(siteSearchSeconds(SITE_LOG)).toBe(1.32);
  });

  it('keeps reading when the wording around "for search in X s (Pagefind Y s)" changes', () => {
    expect(siteSearchSeconds('[site:search-index] Indexed 2000 pages for search in 12 s (Pagefind 11.5 s).')).toBe(
      11.5,
    );
  });

  it('stops when the line is missing', () => {
    expect(() => siteSearchSeconds(SITE_LOG.replace('for search in', 'for search, in'))).toThrow(
      "This site's build log has no search index time",
    );
  });
});

describe('starlightSearchSeconds', () => {
  it('reads milliseconds as seconds', () => {
    expect(starlightSearchSeconds(STARLIGHT_LOG)).toBe(0.134);
  });

  it('reads seconds, which Starlight writes from 750 ms on', () => {
    const log = STARLIGHT_LOG.replace('in 134ms.', 'in 2.31s.');
    expect(starlightSearchSeconds(log)).toBe(2.31);
  });

  it('does not take the build time of the whole build for it', () => {
    const log = STARLIGHT_LOG.replace(/.*Finished building search index.*\n/, '');
    expect(() => starlightSearchSeconds(log)).toThrow("Starlight's build log has no search index time");
  });
});

describe('previewImagesDrawn', () => {
  it('reads how many preview images the build drew, not how many it took from the cache', () => {
    expect(previewImagesDrawn(SITE_LOG)).toBe(128);
    expect(previewImagesDrawn('[site:preview-images] 128 preview images: 0 drawn, 128 from the cache, in 0.4 s.')).toBe(
      0,
    );
  });

  it('is undefined when the log does not say', () => {
    expect(previewImagesDrawn(STARLIGHT_LOG)).toBeUndefined();
  });
});
