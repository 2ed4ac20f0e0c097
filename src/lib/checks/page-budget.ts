/**
 * The weight budget of a built page. Someone on a weak roaming connection
 * should get a readable, callable page in the first round trip: about 14 KB
 * is what a server can send before waiting for the phone's first reply.
 * So a page's HTML and the CSS that blocks its rendering stay within that,
 * gzipped; scripts stay small, since they only enhance; and nothing needed to
 * read or call may be a web font or an image.
 */
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { placeOfPage, SITE_MAP } from '../site-map.ts';

/** Bytes, gzipped, of HTML plus render-blocking CSS. */
export const FIRST_RENDER_BUDGET = 14 * 1024;
/** Bytes, gzipped, of JavaScript on any page but search, which loads its engine on use. */
export const SCRIPT_BUDGET = 5 * 1024;

/** Each link-preview image: WhatsApp leaves out images over about 300 KB, and a phone on roaming pays for them. */
export const PREVIEW_IMAGE_BUDGET = 100 * 1024;

export interface PageWeight {
  /** The URL path: `/abroad/kr`. */
  path: string;
  type: string;
  /** Gzipped bytes of the HTML and its render-blocking stylesheets. */
  firstRender: number;
  /** Gzipped bytes of the scripts the page runs on load. */
  script: number;
  problems: string[];
}

const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico)(\?|#|$)/i;

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The kind of page a path is, to group pages in the report: `help card`, `sign article` … */
export function pageType(path: string): string {
  const place = placeOfPage(path);
  if (!place) return 'prose page';
  const { index, entry }: { index?: string; entry?: string } = place.section.budget;
  return (place.entry === undefined ? index : entry) ?? 'prose page';
}

function isBlockingStylesheet(link: HTMLElement): boolean {
  const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  const media = (link.getAttribute('media') ?? 'all').toLowerCase();
  return (
    rel.includes('stylesheet') && !rel.includes('alternate') && !link.hasAttribute('disabled') && media !== 'print'
  );
}

/** Static `import … from "/x.js"` and `import "/x.js"` of a module script. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+)["']/g)].map(([, specifier]) => specifier!);
}

/**
 * Weighs one page. `readFile` gives a file of the site by its URL path
 * (`/_astro/x.css`), or undefined when there is none.
 */
export function weighPage(path: string, html: string, readFile: (url: string) => Uint8Array | undefined): PageWeight {
  const root = parse(html);
  const problems: string[] = [];
  const asset = (url: string, what: string): Uint8Array => {
    const content = readFile(new URL(url, `http://site${path}`).pathname);
    if (!content) problems.push(`${what} ${url} is not in the built site`);
    return content ?? new Uint8Array();
  };

  const stylesheets = root
    .querySelectorAll('link[href]')
    .filter(isBlockingStylesheet)
    .map((link) => asset(link.getAttribute('href')!, 'stylesheet'));
  const css = [
    ...root.querySelectorAll('style').map((style) => style.text),
    ...stylesheets.map((s) => Buffer.from(s).toString('utf8')),
  ].join('\n');
  const firstRender = gzipSize(html) + stylesheets.reduce((sum, sheet) => sum + gzipSize(sheet), 0);

  const scripts = root.querySelectorAll('script').filter((script) => {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    return type === '' || type === 'module' || type.includes('javascript');
  });
  const code: Uint8Array[] = [];
  for (const script of scripts) {
    const src = script.getAttribute('src');
    const text = src ? Buffer.from(asset(src, 'script')).toString('utf8') : script.text;
    code.push(Buffer.from(text));
    for (const specifier of staticImports(text)) {
      if (specifier.startsWith('/') || specifier.startsWith('.')) code.push(asset(specifier, 'imported script'));
    }
  }
  const script = code.reduce((sum, part) => sum + (part.length > 0 ? gzipSize(part) : 0), 0);

  if (/@font-face/i.test(css)) problems.push('its CSS declares a web font (@font-face); use the system fonts');
  for (const link of root.querySelectorAll('link[href]')) {
    const href = link.getAttribute('href')!;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    if (FONT_FILE.test(href) || (rel.includes('preload') && link.getAttribute('as') === 'font')) {
      problems.push(`it loads a font: ${href}`);
    }
  }
  for (const image of root.querySelectorAll('img, picture, image, input[type="image"], object, embed')) {
    problems.push(`it shows <${image.tagName.toLowerCase()}>; reading and calling must need no image`);
  }
  for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) {
    if (!url!.startsWith('data:') && (IMAGE_FILE.test(url!) || FONT_FILE.test(url!))) {
      problems.push(`its CSS loads ${url}`);
    }
  }
  if (firstRender > FIRST_RENDER_BUDGET) {
    problems.push(
      `HTML and render-blocking CSS are ${firstRender} B gzipped, over the ${FIRST_RENDER_BUDGET} B budget`,
    );
  }
  if (placeOfPage(path)?.section !== SITE_MAP.search && script > SCRIPT_BUDGET) {
    problems.push(`its scripts are ${script} B gzipped, over the ${SCRIPT_BUDGET} B budget`);
  }
  return { path, type: pageType(path), firstRender, script, problems };
}

export interface TypeSummary {
  type: string;
  pages: number;
  heaviest: string;
  firstRender: number;
  script: number;
}

/** The heaviest page of each type, heaviest type first. */
export function summariseByType(weights: readonly PageWeight[]): TypeSummary[] {
  const byType = new Map<string, TypeSummary>();
  for (const weight of weights) {
    const known = byType.get(weight.type);
    if (!known) {
      byType.set(weight.type, {
        type: weight.type,
        pages: 1,
        heaviest: weight.path,
        firstRender: weight.firstRender,
        script: weight.script,
      });
      continue;
    }
    known.pages += 1;
    if (weight.firstRender > known.firstRender) {
      known.firstRender = weight.firstRender;
      known.heaviest = weight.path;
    }
    known.script = Math.max(known.script, weight.script);
  }
  return [...byType.values()].sort((a, b) => b.firstRender - a.firstRender);
}

/** A plain-text table of the summaries, with the budgets in its header. */
export function formatBudgetTable(summaries: readonly TypeSummary[]): string {
  const rows = [
    [
      'page type',
      'pages',
      `first render (≤ ${FIRST_RENDER_BUDGET} B)`,
      `scripts (≤ ${SCRIPT_BUDGET} B)`,
      'heaviest page',
    ],
    ...summaries.map((s) => [s.type, String(s.pages), String(s.firstRender), String(s.script), s.heaviest]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const numeric = new Set([1, 2, 3]);
  return rows
    .map((row) =>
      row
        .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
