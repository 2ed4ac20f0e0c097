/**
 * Cuts the stylesheet every built page carries inline down to the rules its
 * kind of page can use (src/lib/pages/used-css.ts). Astro inlines the whole
 * site's CSS into every page, so that one response renders it; most of it
 * styles other pages.
 *
 * One stylesheet for each kind of page (the page budget's: help card, sign
 * article …), made for every class and element any page of that kind holds
 * or a script adds: the site's Content-Security-Policy header lists the hash
 * of every inline style, and a header line has room for a few dozen hashes,
 * not one per page. The kinds are a fixed list, so the header does not grow
 * with the content, and the pages of a kind share one stylesheet to cut.
 *
 * Each page's own `<meta>` policy then lists the hashes of the code that
 * page holds, not every page's (src/lib/host/inline-code.ts).
 *
 * Pages are read for what they hold, then rewritten; the first 16 million
 * characters of them (32 MB at most) are kept from the first read, the rest
 * read again, so the build's memory does not grow with a large site. The step runs before every other that reads the built pages,
 * so the host configuration hashes, and the offline copy keeps, the CSS the
 * pages end with.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/checks/built-files.ts';
import { publicFiles } from '../lib/site-map.ts';
import { gzipSize, pageType } from '../lib/checks/page-budget.ts';
import { inlineStyles, replaceInlineStyles, withOwnCodeHashes, withoutInlineStyles } from '../lib/host/inline-code.ts';
import { pagePath } from '../lib/host/static-host.ts';
import { RUNTIME_VOCABULARY } from '../lib/pages/runtime-vocabulary.ts';
import { pageVocabulary, parseStylesheet, usedCss } from '../lib/pages/used-css.ts';

interface Kind {
  classes: Set<string>;
  elements: Set<string>;
}

/** The kinds of page and the stylesheets they carry: each stylesheet's text, and the vocabulary of each kind. */
type Vocabularies = Map<string, Map<string, Kind>>;

/** Characters of pages kept in memory between reading and rewriting them. */
const KEPT_CHARACTERS = 16 * 1024 * 1024;

/** What the pages of each kind hold, for each stylesheet they carry inline; and the pages `kept` to rewrite. */
function vocabularies(dist: string, pages: readonly string[], kept: Map<string, string>): Vocabularies {
  const found: Vocabularies = new Map();
  let keptCharacters = 0;
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (keptCharacters + html.length <= KEPT_CHARACTERS) {
      kept.set(file, html);
      keptCharacters += html.length;
    }
    const styles = inlineStyles(html);
    if (styles.length === 0) continue;
    const { classes, elements } = pageVocabulary(withoutInlineStyles(html));
    const type = pageType(pagePath(file));
    for (const css of styles) {
      const byType = found.get(css) ?? new Map<string, Kind>();
      found.set(css, byType);
      const kind = byType.get(type) ?? {
        classes: new Set<string>(RUNTIME_VOCABULARY.classes),
        elements: new Set<string>(RUNTIME_VOCABULARY.elements),
      };
      byType.set(type, kind);
      classes.forEach((name) => kind.classes.add(name));
      elements.forEach((name) => kind.elements.add(name));
    }
  }
  return found;
}

export function pageCss(): AstroIntegration {
  return {
    name: 'site:page-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const pages = publicFiles(listFiles(dist)).filter((file) => file.endsWith('.html'));
        const used = new Map<string, Map<string, string>>();
        const kept = new Map<string, string>();
        for (const [css, byType] of vocabularies(dist, pages, kept)) {
          const sheet = parseStylesheet(css, 'the inline stylesheet');
          used.set(css, new Map([...byType].map(([type, kind]) => [type, usedCss(css, kind, sheet)])));
        }
        let rewritten = 0;
        for (const file of pages) {
          const path = join(dist, file);
          const html = kept.get(file) ?? readFileSync(path, 'utf8');
          const type = pageType(pagePath(file));
          const next = withOwnCodeHashes(replaceInlineStyles(html, (css) => used.get(css)?.get(type) ?? css));
          if (next === html) continue;
          writeFileSync(path, next);
          rewritten += 1;
        }
        const whole = Math.max(0, ...[...used.keys()].map(gzipSize));
        const cut = [...used.values()].flatMap((byType) => [...byType.values()].map(gzipSize));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          cut.length === 0
            ? `No page carries inline CSS to cut (${seconds} s).`
            : `Cut the inline CSS of ${rewritten} pages to what each of ${cut.length} kinds of page uses: ` +
                `${Math.min(...cut)}–${Math.max(...cut)} B gzipped instead of ${whole} B, in ${seconds} s.`,
        );
      },
    },
  };
}
