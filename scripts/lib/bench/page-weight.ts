/**
 * The typical weight of a built article page on either site, weighed as the
 * page budget weighs this site's pages (src/lib/checks/page-budget.ts): HTML plus
 * render-blocking CSS, and the scripts run on load, each gzipped at level 9.
 */
import { weighPage } from '../../../src/lib/checks/page-budget.ts';
import { candidateFiles } from '../../../src/lib/host/static-host.ts';

/** Reads a built file by its path relative to the site's output folder, or undefined when there is none. */
export type BuiltFileReader = (file: string) => Uint8Array | undefined;

export interface TypicalWeight {
  /** Pages weighed. */
  pages: number;
  /** Median of HTML plus render-blocking CSS, gzipped, in bytes. */
  firstRender: number;
  /** Median of the scripts run on load, gzipped, in bytes. */
  script: number;
}

/** The middle value; the mean of the two middle ones for an even count; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The file a URL path is served from, as a static host finds it (`/a` → `a`, `a.html` or `a/index.html`). */
function resolve(read: BuiltFileReader, path: string): Uint8Array | undefined {
  for (const file of candidateFiles(path)) {
    const content = read(file);
    if (content) return content;
  }
  return undefined;
}

/**
 * Weighs the pages at `paths` (URL paths such as `/en/signs/bench-0001`,
 * with or without a trailing slash) and returns the medians. Throws when a
 * page is missing, so a wrong path cannot pass for a light page.
 */
export function typicalWeight(paths: readonly string[], read: BuiltFileReader): TypicalWeight {
  // Every page links the same few stylesheets and scripts: read each once.
  const assets = new Map<string, Uint8Array | undefined>();
  const readAsset = (url: string) => {
    if (!assets.has(url)) assets.set(url, resolve(read, url));
    return assets.get(url);
  };
  const weights = paths.map((path) => {
    const html = resolve(read, path);
    if (!html) throw new Error(`${path} is not in the built site`);
    return weighPage(path, Buffer.from(html).toString('utf8'), readAsset);
  });
  return {
    pages: weights.length,
    firstRender: median(weights.map((w) => w.firstRender)),
    script: median(weights.map((w) => w.script)),
  };
}
