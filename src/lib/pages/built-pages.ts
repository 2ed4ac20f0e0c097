/**
 * The built pages, read once after Astro writes them for everything the
 * steps after the build need of them, then rewritten with the CSS each kind
 * of page uses (used-css.ts). One pass over each page's text
 * (html-scan.ts) finds:
 *
 * - the classes and elements of each kind of page, for each stylesheet it
 *   carries inline: what its CSS is cut to;
 * - each page's links and anchors: what the link check checks;
 * - the inline code each page holds: the hashes its own `<meta>` policy and
 *   the host's header list.
 *
 * Only these are kept, pooled, never the pages themselves, so the build's
 * memory does not grow with the site's text: each page is read again to be
 * rewritten.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { scanStartTags, StringPool } from '../checks/html-scan.ts';
import { PageLinksReader, type PageLinks } from '../checks/link-check.ts';
import {
  digestOf,
  inlineCodeOf,
  isPolicyMeta,
  policyWithOnlyHashes,
  policyWithReplacedHashes,
  sourceHash,
} from '../host/inline-code.ts';
import { addToVocabulary, emptyVocabulary, mergeVocabulary, type Vocabulary } from './used-css.ts';

/** Where something is in a page's file, in bytes: from `start` up to `end`. */
interface ByteRange {
  start: number;
  end: number;
}

/** What the first read found of one page. */
export interface PageRead {
  /** Its kind: the pages of a kind share the CSS they are cut to. */
  kind: string;
  links: PageLinks;
  /** The `'sha256-…'` hashes of its inline scripts. */
  scriptHashes: readonly string[];
  /** Its inline styles: each one's text (one of `PagesRead.stylesheets`) and where it is. */
  styles: readonly (ByteRange & { css: string })[];
  /** Its own policies: `<meta http-equiv="content-security-policy">` elements. */
  policies: readonly ByteRange[];
  /** Its length in bytes: a page read again must be the page read. */
  bytes: number;
}

/** What the first read of the built pages found. */
export interface PagesRead {
  /** Each stylesheet the pages carry inline, with what the pages of each kind carrying it hold. */
  stylesheets: Map<string, Map<string, Vocabulary>>;
  /** Each page, by its path in `dist/`. */
  pages: Map<string, PageRead>;
}

/**
 * The offsets in bytes of offsets in a page's text, asked in increasing
 * order: the UTF-8 bytes of the text between the last offset and the next
 * are counted once.
 */
function byteOffsets(html: string): (offset: number) => number {
  let offset = 0;
  let bytes = 0;
  return (next) => {
    bytes += Buffer.byteLength(html.slice(offset, next), 'utf8');
    offset = next;
    return bytes;
  };
}

/**
 * Reads files into one buffer, grown to the largest: a buffer for each page
 * would leave the build's memory to grow by the pages read until they are
 * collected. What it gives is valid until the next file is read.
 */
class FileReader {
  private buffer = Buffer.allocUnsafe(256 * 1024);

  read(path: string): Buffer {
    const descriptor = openSync(path, 'r');
    try {
      const { size } = fstatSync(descriptor);
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(2 * size);
      let read = 0;
      while (read < size) {
        const count = readSync(descriptor, this.buffer, read, size - read, read);
        if (count === 0) break;
        read += count;
      }
      return this.buffer.subarray(0, read);
    } finally {
      closeSync(descriptor);
    }
  }
}

/** Reads each of `pages` (paths in `dist`), whose kinds `kindOf` tells, once. */
export function readBuiltPages(dist: string, pages: readonly string[], kindOf: (page: string) => string): PagesRead {
  const strings = new StringPool();
  const linksReader = new PageLinksReader();
  const read: PagesRead = { stylesheets: new Map(), pages: new Map() };
  const reader = new FileReader();
  for (const page of pages) {
    const file = reader.read(join(dist, page));
    const html = file.toString('utf8');
    const byteAt = byteOffsets(html);
    const vocabulary = emptyVocabulary();
    const links: PageLinks = { anchors: new Set(), references: [] };
    const scripts = new Set<string>();
    const styles: (ByteRange & { css: string })[] = [];
    const policies: ByteRange[] = [];
    scanStartTags(html, (tag) => {
      addToVocabulary(tag, vocabulary);
      linksReader.read(tag, links);
      if (isPolicyMeta(tag)) policies.push({ start: byteAt(tag.start), end: byteAt(tag.end) });
      const inline = inlineCodeOf(tag);
      if (inline?.kind === 'script') scripts.add(strings.keep(sourceHash(inline.code)));
      if (inline?.kind === 'style') {
        styles.push({ start: byteAt(tag.textStart), end: byteAt(tag.textEnd), css: strings.keep(inline.code) });
      }
    });
    const kind = kindOf(page);
    read.pages.set(page, {
      kind,
      links: linksReader.finish(links),
      scriptHashes: [...scripts],
      styles,
      policies,
      bytes: file.length,
    });
    for (const { css } of styles) {
      const byKind = read.stylesheets.get(css) ?? read.stylesheets.set(css, new Map()).get(css)!;
      const kept = byKind.get(kind) ?? byKind.set(kind, { classes: new Set(), elements: new Set() }).get(kind)!;
      mergeVocabulary(kept, vocabulary, (name) => strings.keep(name));
    }
  }
  return read;
}

/** The hashes of the inline code the pages hold once rewritten: what the host's policy must allow. */
export interface InlineCode {
  scripts: Set<string>;
  styles: Set<string>;
}

/**
 * Rewrites each page read with the text of each inline style replaced by
 * `restyleAs(css, kind)`, and its own policy listing the hashes of the code it
 * then holds and no other (as `replaceInlineStyles` and `withOwnCodeHashes`
 * in inline-code.ts do). Works on the page's bytes where the first read found
 * its styles and policy, and writes only the pages that change.
 */
export function rewriteBuiltPages(
  dist: string,
  read: PagesRead,
  restyleAs: (css: string, kind: string) => string,
): { rewritten: number; inlineCode: InlineCode } {
  const inlineCode: InlineCode = { scripts: new Set(), styles: new Set() };
  // The pages of a kind share their stylesheets: each is hashed and encoded once.
  const hashes = new Map<string, string>();
  const hashOf = (css: string) => hashes.get(css) ?? hashes.set(css, sourceHash(css)).get(css)!;
  const encoded = new Map<string, Buffer>();
  const bytesOf = (css: string) => encoded.get(css) ?? encoded.set(css, Buffer.from(css, 'utf8')).get(css)!;
  let rewritten = 0;
  const reader = new FileReader();
  for (const [page, { kind, scriptHashes, styles, policies, bytes }] of read.pages) {
    const path = join(dist, page);
    const file = reader.read(path);
    if (file.length !== bytes) throw new Error(`dist/${page} changed between reading and rewriting it`);
    const edits: (ByteRange & { bytes: Buffer })[] = [];
    const replaced = new Map<string, string>();
    const kept = new Set(scriptHashes.map(digestOf));
    for (const { start, end, css } of styles) {
      const next = restyleAs(css, kind);
      kept.add(digestOf(hashOf(next)));
      inlineCode.styles.add(hashOf(next));
      if (next === css) continue;
      replaced.set(digestOf(hashOf(css)), digestOf(hashOf(next)));
      edits.push({ start, end, bytes: bytesOf(next) });
    }
    for (const { start, end } of policies) {
      const meta = file.toString('utf8', start, end);
      const next = policyWithOnlyHashes(replaced.size > 0 ? policyWithReplacedHashes(meta, replaced) : meta, kept);
      if (next !== meta) edits.push({ start, end, bytes: Buffer.from(next, 'utf8') });
    }
    for (const hash of scriptHashes) inlineCode.scripts.add(hash);
    if (edits.length === 0) continue;
    writeEdited(path, file, edits);
    rewritten += 1;
  }
  return { rewritten, inlineCode };
}

/** Writes `file` to `path` with each of `edits` (ranges that do not overlap) replaced by its bytes. */
function writeEdited(path: string, file: Buffer, edits: (ByteRange & { bytes: Buffer })[]): void {
  const parts: Buffer[] = [];
  let copied = 0;
  for (const { start, end, bytes } of edits.sort((a, b) => a.start - b.start)) {
    parts.push(file.subarray(copied, start), bytes);
    copied = end;
  }
  parts.push(file.subarray(copied));
  // In one call from the parts, as the file is read into a buffer the next page reuses: no copy of the page is made.
  const descriptor = openSync(path, 'w');
  try {
    let done = writevSync(descriptor, parts);
    // A write may stop short; what is left is written part by part.
    for (const part of parts) {
      const from = Math.max(0, Math.min(part.length, done));
      done -= part.length;
      for (let written = from; written < part.length;) written += writeSync(descriptor, part, written);
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * What the steps after the build share of the built site, from the first
 * step that reads its pages: its files as Astro wrote them, each page's links
 * and anchors, and the inline code the pages hold once rewritten. One for a
 * build; a step that asks before the pages were read fails, rather than
 * check or allow nothing.
 */
export class BuiltPages {
  #site: { files: readonly string[]; pages: ReadonlyMap<string, PageRead>; inlineCode: InlineCode } | undefined;

  /** Forgets what an earlier build recorded. */
  clear(): void {
    this.#site = undefined;
  }

  record(files: readonly string[], read: PagesRead, inlineCode: InlineCode): void {
    this.#site = { files, pages: read.pages, inlineCode };
  }

  #recorded() {
    if (this.#site === undefined) {
      throw new Error(
        'The built pages have not been read: the page CSS step (src/integrations/page-css.ts) reads them first.',
      );
    }
    return this.#site;
  }

  /** Every file of `dist/` as Astro wrote it, before the steps after the build add theirs. */
  get files(): readonly string[] {
    return this.#recorded().files;
  }

  /** The public pages read, by their path in `dist/`. */
  get pages(): string[] {
    return [...this.#recorded().pages.keys()];
  }

  /** The links and anchors of each public page, by its path in `dist/`. */
  get links(): Map<string, PageLinks> {
    return new Map([...this.#recorded().pages].map(([page, { links }]) => [page, links]));
  }

  /** The hashes of the inline scripts and styles the public pages hold. */
  get inlineCode(): InlineCode {
    return this.#recorded().inlineCode;
  }
}
