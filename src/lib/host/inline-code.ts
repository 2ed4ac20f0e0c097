/**
 * The hashes a Content-Security-Policy needs to allow the code a built page
 * holds inline: its `<script>` and `<style>` elements. The site's header
 * policy is made from the code the build produced, so it allows exactly what
 * the pages run; each page's own `<meta>` policy is Astro's, with the hash of
 * a style the build rewrote after Astro (its used CSS) rewritten with it, and
 * cut to the hashes of the code that page holds.
 */
import { createHash } from 'node:crypto';
import { scanStartTags, type StartTag } from '../checks/html-scan.ts';

/** Script types a browser runs; any other (`application/ld+json`) is data, which no policy governs. */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The `'sha256-…'` source that allows `code` inline. */
export function sourceHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The inline code `tag` holds, if it holds code a policy governs: the text of a `<style>` or of a script a browser runs. */
export function inlineCodeOf(tag: StartTag): { kind: 'script' | 'style'; code: string } | undefined {
  if (tag.text === undefined) return undefined;
  if (tag.name === 'style') return { kind: 'style', code: tag.text };
  if (tag.name !== 'script' || tag.attribute('src') !== undefined) return undefined;
  return RUN_TYPES.has((tag.attribute('type') ?? '').trim().toLowerCase())
    ? { kind: 'script', code: tag.text }
    : undefined;
}

/** The `'sha256-…'` sources of a page's inline scripts and styles, each listed once, in page order. */
export function inlineCodeHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  scanStartTags(html, (tag) => {
    const inline = inlineCodeOf(tag);
    if (inline) (inline.kind === 'script' ? scripts : styles).add(sourceHash(inline.code));
  });
  return { scripts: [...scripts], styles: [...styles] };
}

const POLICY_META = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy\b[^>]*>/gi;

/** Where the text of an inline `<style>` is in its page: `html.slice(start, end)`. */
export interface StyleText {
  start: number;
  end: number;
}

/** Where the text of each inline `<style>` of a page is, in page order. */
export function inlineStyleTexts(html: string): StyleText[] {
  const texts: StyleText[] = [];
  scanStartTags(html, (tag) => {
    if (tag.name === 'style') texts.push({ start: tag.textStart, end: tag.textEnd });
  });
  return texts;
}

/** The text of each inline `<style>` of a page, in page order. */
export function inlineStyles(html: string): string[] {
  return inlineStyleTexts(html).map(({ start, end }) => html.slice(start, end));
}

/** `html` with every inline style element's text removed: the markup alone. */
export function withoutInlineStyles(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (const { start, end } of inlineStyleTexts(html)) {
    parts.push(html.slice(copied, start));
    copied = end;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/**
 * `html` with the text of each inline `<style>` replaced by `replace(text)`,
 * and the hash of each replaced style in the page's own `<meta>` policy
 * replaced by the hash of its new text, so the policy allows what the page
 * now holds and nothing it no longer does. The whole-page form of what the
 * build does to every page in one pass (`BuiltPages`), whose tests hold it to this.
 */
export function replaceInlineStyles(html: string, replace: (css: string) => string): string {
  const hashes = new Map<string, string>();
  const parts: string[] = [];
  let copied = 0;
  for (const { start, end } of inlineStyleTexts(html)) {
    const css = html.slice(start, end);
    const next = replace(css);
    if (next === css) continue;
    hashes.set(sourceHash(css), sourceHash(next));
    parts.push(html.slice(copied, start), next);
    copied = end;
  }
  if (hashes.size === 0) return html;
  parts.push(html.slice(copied));
  const digests = new Map([...hashes].map(([old, next]) => [digestOf(old), digestOf(next)]));
  return parts.join('').replace(POLICY_META, (meta) => policyWithReplacedHashes(meta, digests));
}

/** A `'sha256-…'` source without its quotes, as a policy may write them as `'` or `&#39;`. */
export function digestOf(source: string): string {
  return source.slice(1, -1);
}

/** Whether `tag` is a page's own policy: `<meta http-equiv="content-security-policy">`. */
export function isPolicyMeta(tag: StartTag): boolean {
  return tag.name === 'meta' && tag.attribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy';
}

/** A policy `<meta>` element with each hash `replaced` holds (digest → digest) replaced. */
export function policyWithReplacedHashes(meta: string, replaced: ReadonlyMap<string, string>): string {
  return meta.replace(/sha256-[A-Za-z0-9+/]+=*/g, (value) => replaced.get(value) ?? value);
}

/** A policy `<meta>` element listing of its hashes only those in `kept` (digests). */
export function policyWithOnlyHashes(meta: string, kept: ReadonlySet<string>): string {
  // Each hash with the space before it, and its quotes written as they are (`'` or `&#39;`).
  return meta.replace(/\s+(?:'|&#39;)(sha256-[A-Za-z0-9+/]+=*)(?:'|&#39;)/g, (source, digest: string) =>
    kept.has(digest) ? source : '',
  );
}

/**
 * `html` with its `<meta>` policy listing in `script-src` and `style-src` the
 * hashes of the inline code this page holds and no other: Astro lists every
 * script of the site on every page, and each unused hash is some 48 bytes
 * no compression can shrink, sent before anything renders. The header policy
 * still lists them all; a browser enforces both, so the page runs exactly
 * its own code. The whole-page form of what the build does in one pass
 * (`BuiltPages`), whose tests hold it to this.
 */
export function withOwnCodeHashes(html: string): string {
  const { scripts, styles } = inlineCodeHashes(html);
  const kept = new Set([...scripts, ...styles].map(digestOf));
  return html.replace(POLICY_META, (meta) => policyWithOnlyHashes(meta, kept));
}
