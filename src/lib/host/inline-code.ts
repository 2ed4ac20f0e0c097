/**
 * The hashes a Content-Security-Policy needs to allow the code a built page
 * holds inline: its `<script>` and `<style>` elements. The site's header
 * policy is made from the code the build produced, so it allows exactly what
 * the pages run; each page's own `<meta>` policy is Astro's, with the hash of
 * a style the build rewrote after Astro (its used CSS) rewritten with it, and
 * cut to the hashes of the code that page holds.
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

const STYLE_ELEMENT = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;
const POLICY_META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b[^>]*>/gi;

/** The text of each inline `<style>` of a page, in page order. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(STYLE_ELEMENT)].map(([, , css]) => css!);
}

/** `html` with every inline style element's text removed: the markup alone. */
export function withoutInlineStyles(html: string): string {
  return html.replace(STYLE_ELEMENT, '$1$3');
}

/**
 * `html` with the text of each inline `<style>` replaced by `replace(text)`,
 * and the hash of each replaced style in the page's own `<meta>` policy
 * replaced by the hash of its new text, so the policy allows what the page
 * now holds and nothing it no longer does.
 */
export function replaceInlineStyles(html: string, replace: (css: string) => string): string {
  const hashes = new Map<string, string>();
  const replaced = html.replace(STYLE_ELEMENT, (element, open: string, css: string, close: string) => {
    const next = replace(css);
    if (next === css) return element;
    hashes.set(sourceHash(css), sourceHash(next));
    return `${open}${next}${close}`;
  });
  if (hashes.size === 0) return html;
  // Matched without its quotes, which the attribute may write as `&#39;`.
  const digest = (source: string) => source.slice(1, -1);
  const digests = new Map([...hashes].map(([old, next]) => [digest(old), digest(next)]));
  return replaced.replace(POLICY_META, (meta) =>
    meta.replace(/sha256-[A-Za-z0-9+/]+=*/g, (value) => digests.get(value) ?? value),
  );
}

/**
 * `html` with its `<meta>` policy listing in `script-src` and `style-src` the
 * hashes of the inline code this page holds and no other: Astro lists every
 * script of the site on every page, and each unused hash is some 48 bytes
 * no compression can shrink, sent before anything renders. The header policy
 * still lists them all; a browser enforces both, so the page runs exactly
 * its own code.
 */
export function withOwnCodeHashes(html: string): string {
  const own = inlineCodeHashes(html);
  const keep = new Set([...own.scripts, ...own.styles].map((source) => source.slice(1, -1)));
  return html.replace(POLICY_META, (meta) =>
    // Each hash with the space before it, and its quotes written as they are (`'` or `&#39;`).
    meta.replace(/\s+(?:'|&#39;)(sha256-[A-Za-z0-9+/]+=*)(?:'|&#39;)/g, (source, digest: string) =>
      keep.has(digest) ? source : '',
    ),
  );
}
