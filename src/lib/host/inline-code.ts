/**
 * The hashes a Content-Security-Policy needs to allow the code a built page
 * holds inline: its `<script>` and `<style>` elements. The site's header
 * policy is made from the code the build produced, so it allows exactly what
 * the pages run; each page's own `<meta>` policy is Astro's.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

/** Script types a browser runs; any other (`application/ld+json`) is data, which no policy governs. */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function sourceHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The `'sha256-…'` sources of a page's inline scripts and styles, each listed once, in page order. */
export function inlineCodeHashes(html: string): { scripts: string[]; styles: string[] } {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const scripts = root
    .querySelectorAll('script')
    .filter((script) => !script.hasAttribute('src'))
    .filter((script) => RUN_TYPES.has((script.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((script) => sourceHash(script.rawText));
  const styles = root.querySelectorAll('style').map((style) => sourceHash(style.rawText));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}
