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
 * The step runs first of those after the build, and reads every page once
 * for what the later steps need too (src/lib/pages/built-pages.ts): the
 * links the site checks and the inline code the host's policy allows, so
 * none of them reads the pages again, and the offline copy keeps the CSS
 * the pages end with.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../lib/checks/built-files.ts';
import { publicFiles } from '../lib/site-map.ts';
import { gzipSize, pageType } from '../lib/checks/page-budget.ts';
import { pagePath } from '../lib/host/static-host.ts';
import { type BuiltPages, readBuiltPages, rewriteBuiltPages } from '../lib/pages/built-pages.ts';
import { RUNTIME_VOCABULARY } from '../lib/pages/runtime-vocabulary.ts';
import { parseStylesheet, usedCss } from '../lib/pages/used-css.ts';

/** Cuts the pages' CSS, and records in `builtPages` what the steps after it need of the pages. */
export function pageCss(builtPages: BuiltPages): AstroIntegration {
  return {
    name: 'site:page-css',
    hooks: {
      'astro:build:start': () => builtPages.clear(),
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const files = listFiles(dist);
        const pages = publicFiles(files).filter((file) => file.endsWith('.html'));
        const kindOf = (page: string) => pageType(pagePath(page));
        const read = readBuiltPages(dist, pages, kindOf);
        const used = new Map<string, Map<string, string>>();
        for (const [css, byKind] of read.stylesheets) {
          const sheet = parseStylesheet(css, 'the inline stylesheet');
          const cut = [...byKind].map(([kind, { classes, elements }]): [string, string] => {
            RUNTIME_VOCABULARY.classes.forEach((name) => classes.add(name));
            RUNTIME_VOCABULARY.elements.forEach((name) => elements.add(name));
            return [kind, usedCss(css, { classes, elements }, sheet)];
          });
          used.set(css, new Map(cut));
        }
        const { rewritten, inlineCode } = rewriteBuiltPages(dist, read, (css, kind) => used.get(css)?.get(kind) ?? css);
        builtPages.record(files, read, inlineCode);
        const whole = Math.max(0, ...[...used.keys()].map(gzipSize));
        const cut = [...used.values()].flatMap((byKind) => [...byKind.values()].map(gzipSize));
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
