/**
 * The search index time each site's build prints in its log. Both time their
 * own Pagefind step with the same bounds, from starting Pagefind to its index
 * written (`createIndex`, `addDirectory`, `writeFiles`): this site's
 * search-index integration (src/integrations/search-index.ts), which also
 * prints its whole step (with the vocabularies it writes beside the index),
 * and Starlight's Pagefind integration. A log without the line stops the
 * benchmark, so a changed wording cannot pass for an index built in no time.
 */

/** `… Indexed mn 60, en 60 pages for search in 1.5 s (Pagefind 1.32 s); left out 82.` */
const SITE_LINE = /for search in ([\d.]+) s \(Pagefind ([\d.]+) s\)/;

/**
 * `[starlight:pagefind] Finished building search index in 134ms.`; Starlight
 * 0.42 writes milliseconds under 750 ms and seconds with two decimals above:
 * `in 2.31s.`
 */
const STARLIGHT_LINE = /\[starlight:pagefind\] Finished building search index in ([\d.]+)(ms|s)\b/;

function missing(site: string, expected: string): never {
  throw new Error(
    `${site}'s build log has no search index time: no line like "${expected}". ` +
      'Its wording changed: update scripts/lib/bench/build-log.ts.',
  );
}

/** Seconds this site's build spent in Pagefind, as Starlight's times its own. */
export function siteSearchSeconds(log: string): number {
  const match = SITE_LINE.exec(log);
  if (!match) missing('This site', 'Indexed mn 60, en 60 pages for search in 1.5 s (Pagefind 1.32 s)');
  return Number(match[2]);
}

/** Seconds Starlight's build spent on its search index. */
export function starlightSearchSeconds(log: string): number {
  const match = STARLIGHT_LINE.exec(log);
  if (!match) missing('Starlight', '[starlight:pagefind] Finished building search index in 134ms.');
  const value = Number(match[1]);
  return match[2] === 'ms' ? value / 1000 : value;
}

/**
 * Preview images this site's build drew rather than copied from its cache
 * (src/integrations/preview-images.ts logs `128 preview images: 3 drawn, 125
 * from the cache`), to show that warm runs used the cache; undefined when the
 * log does not say.
 */
export function previewImagesDrawn(log: string): number | undefined {
  const match = /preview images: (\d+) drawn\b/.exec(log);
  return match ? Number(match[1]) : undefined;
}
