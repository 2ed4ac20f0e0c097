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
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanStartTags, StringPool } from '../checks/html-scan.ts';
import { PageLinksReader, type PageLinks } from '../checks/link-check.ts';
import {
  inlineCodeOf,
  replaceInlineStyles,
  sourceHash,
  type StyleText,
  withOwnCodeHashes,
} from '../host/inline-code.ts';
import { addToVocabulary, emptyVocabulary } from './used-css.ts';

/** The classes and the element names some page holds. */
export interface Vocabulary {
  classes: Set<string>;
  elements: Set<string>;
}

/** What the first read found of one page. */
export interface PageRead {
  links: PageLinks;
  /** The `'sha256-…'` hashes of its inline scripts. */
  scriptHashes: readonly string[];
  /** Where the text of each of its inline styles is. */
  styleTexts: readonly StyleText[];
  /** Its length in characters: a page read again must be the page read. */
  length: number;
}

/** What the first read of the built pages found. */
export interface PagesRead {
  /** Each stylesheet the pages carry inline, with what the pages of each kind carrying it hold. */
  stylesheets: Map<string, Map<string, Vocabulary>>;
  /** Each page, by its path in `dist/`. */
  pages: Map<string, PageRead>;
}

/** Reads each of `pages` (paths in `dist`), whose kinds `kindOf` tells, once. */
export function readBuiltPages(dist: string, pages: readonly string[], kindOf: (page: string) => string): PagesRead {
  const strings = new StringPool();
  const linksReader = new PageLinksReader();
  const read: PagesRead = { stylesheets: new Map(), pages: new Map() };
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const vocabulary = emptyVocabulary();
    const links: PageLinks = { anchors: new Set(), references: [] };
    const scripts = new Set<string>();
    const styles: string[] = [];
    const styleTexts: StyleText[] = [];
    scanStartTags(html, (tag) => {
      addToVocabulary(tag, vocabulary);
      linksReader.read(tag, links);
      const inline = inlineCodeOf(tag);
      if (inline?.kind === 'script') scripts.add(strings.keep(sourceHash(inline.code)));
      if (inline?.kind === 'style') {
        styles.push(inline.code);
        styleTexts.push({ start: tag.textStart, end: tag.textEnd });
      }
    });
    read.pages.set(page, {
      links: linksReader.finish(links),
      scriptHashes: [...scripts],
      styleTexts,
      length: html.length,
    });
    const kind = kindOf(page);
    for (const css of styles) {
      let byKind = read.stylesheets.get(css);
      if (byKind === undefined) {
        byKind = new Map();
        read.stylesheets.set(strings.keep(css), byKind);
      }
      let kept = byKind.get(kind);
      if (kept === undefined) {
        kept = { classes: new Set(), elements: new Set() };
        byKind.set(kind, kept);
      }
      for (const name of vocabulary.classes) if (!kept.classes.has(name)) kept.classes.add(strings.keep(name));
      for (const name of vocabulary.elements) if (!kept.elements.has(name)) kept.elements.add(strings.keep(name));
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
 * `restyleAs(css, page)`, and its own policy listing the hashes of the code it
 * then holds and no other (inline-code.ts). Writes only the pages that change.
 */
export function rewriteBuiltPages(
  dist: string,
  read: PagesRead,
  restyleAs: (css: string, page: string) => string,
): { rewritten: number; inlineCode: InlineCode } {
  const inlineCode: InlineCode = { scripts: new Set(), styles: new Set() };
  // The pages of a kind share their stylesheets: each is hashed once, and kept apart from the page it is in.
  const strings = new StringPool();
  const hashes = new Map<string, string>();
  const hashOf = (css: string) => hashes.get(css) ?? hashes.set(strings.keep(css), sourceHash(css)).get(css)!;
  let rewritten = 0;
  for (const [page, { scriptHashes: scripts, styleTexts, length }] of read.pages) {
    const path = join(dist, page);
    const html = readFileSync(path, 'utf8');
    if (html.length !== length) throw new Error(`dist/${page} changed between reading and rewriting it`);
    const styles: string[] = [];
    const restyle = (css: string) => {
      const next = restyleAs(css, page);
      styles.push(hashOf(next));
      return next;
    };
    const next = withOwnCodeHashes(replaceInlineStyles(html, restyle, styleTexts, hashOf), { scripts, styles });
    for (const hash of scripts) inlineCode.scripts.add(hash);
    for (const hash of styles) inlineCode.styles.add(hash);
    if (next === html) continue;
    writeFileSync(path, next);
    rewritten += 1;
  }
  return { rewritten, inlineCode };
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
