/**
 * What the service worker keeps on the phone for use without a connection:
 * the same fixed set for everyone — the help-abroad page, every help card,
 * the hotlines and the safety page in both languages, the home pages, the
 * offline page and the icons. Pages someone happens to read are never
 * added, so the saved copy does not tell anyone what was read. The short
 * links are not kept twice: offline they answer with the help card they
 * stand for, which is kept.
 */
import { gzipSync } from 'node:zlib';
import { LOCALES, type Locale, localePath } from '../locales.ts';
import { RESERVED_CODES } from '../links/short-links.ts';
import { placeOfPage, SITE_MAP, siteSections } from '../site-map.ts';

/** The pages kept for each language, as paths without the language (`''` is home): from the site map. */
const SAVED_PAGES = siteSections()
  .filter((section) => section.offline?.page)
  .map((section) => section.route);
/** The sections whose every entry is kept (`abroad/kr`). */
const SAVED_ENTRIES = siteSections()
  .filter((section) => section.offline?.entries)
  .map((section) => section.route);
function pageFile(locale: Locale, slug: string): string {
  const path = localePath(locale, slug);
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** Files of the site shell: the manifests and icons an installed site starts from. */
function isShellFile(file: string): boolean {
  const manifests = LOCALES.map((locale) => localePath(locale, 'manifest.webmanifest').slice(1));
  return file === 'favicon.svg' || manifests.includes(file) || /^icons\/[\w-]+\.png$/.test(file);
}

function isSavedEntry(file: string): boolean {
  if (!file.endsWith('.html')) return false;
  const place = placeOfPage(`/${file}`);
  return place?.entry !== undefined && SAVED_ENTRIES.includes(place.section.route);
}

/**
 * The files of `dist/` to keep offline, from the list of built files.
 * Throws when a page that must be kept was not built.
 */
export function offlineFiles(files: readonly string[]): string[] {
  const built = new Set(files);
  const kept = new Set<string>();
  for (const locale of LOCALES) {
    for (const slug of SAVED_PAGES) {
      const file = pageFile(locale, slug);
      if (!built.has(file)) throw new Error(`dist/${file} is missing; it must be kept for offline use`);
      kept.add(file);
    }
  }
  for (const file of files) if (isSavedEntry(file)) kept.add(file);
  for (const file of files) if (isShellFile(file)) kept.add(file);
  return [...kept].sort();
}

/**
 * How much the kept copy may weigh, gzip-compressed, service worker included:
 * a roaming phone downloads all of it after the first visit.
 */
export const OFFLINE_BUDGET_BYTES = 400 * 1024;

/** The gzip-compressed size of the offline copy: the kept files and the worker, each compressed alone. */
export function offlineCopySize(files: readonly { path: string; content: Uint8Array }[]): number {
  return files.reduce((total, { content }) => total + gzipSync(content, { level: 9 }).length, 0);
}

/** A short link the worker answers from a kept page when the network does not. */
export interface ShortLinkFallback {
  /** The full URL of the link in any case (`https://host/GO/KR`, `…/go/kr`), with or without a query. */
  pattern: RegExp;
  /** The kept page it stands for: `/abroad/kr`, `/en/abroad/kr`. */
  page: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The short links to answer offline, from what each short-link page recorded
 * as it rendered: its code and the page it stands for (`kr` → `abroad/kr`,
 * without language). One case-insensitive pattern per link and language
 * covers `/go/kr`, `/GO/KR` and every other mix. A campaign's link is left to
 * the offline page, which lists every country's numbers: keeping campaign
 * pages would push the copy over its budget. Throws when a help card a link
 * stands for is not kept.
 */
export function shortLinkFallbacks(links: ReadonlyMap<string, string>, kept: readonly string[]): ShortLinkFallback[] {
  const keptPages = new Set(kept.map((file) => `/${file}`.replace(/\.html$/, '').replace(/^\/index$/, '/')));
  const fallbacks: ShortLinkFallback[] = [];
  for (const [code, target] of links) {
    if (RESERVED_CODES.includes(code)) continue;
    for (const locale of LOCALES) {
      const page = localePath(locale, target);
      const linkPath = localePath(locale, `${SITE_MAP.shortLinks.route}/${code}`);
      if (!keptPages.has(page)) {
        if (placeOfPage(page)?.section.printedLinksOffline === 'offline page') continue;
        throw new Error(`The short link ${linkPath} stands for ${page}, which is not kept offline`);
      }
      fallbacks.push({ pattern: new RegExp(`^https?://[^/]+${escapeRegExp(linkPath)}(?:\\?.*)?$`, 'i'), page });
    }
  }
  return fallbacks.sort((a, b) => a.page.localeCompare(b.page) || a.pattern.source.localeCompare(b.pattern.source));
}
