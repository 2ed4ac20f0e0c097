/**
 * Checks every link in the built site: internal links, assets and `#anchors`
 * must lead somewhere, and links out must go only to listed sites and give
 * away nothing about the reader.
 */
import { candidateFiles, pagePath } from '../host/static-host.ts';
import { scanStartTags, type StartTag, StringPool } from './html-scan.ts';

/** A built file: its path relative to `dist/` and, for HTML, its text. */
export interface BuiltFile {
  path: string;
  html?: string;
}

export interface LinkProblem {
  /** The page holding the link, relative to `dist/`. */
  page: string;
  /** The link as written. */
  link: string;
  reason: string;
}

/** The elements whose attribute links or loads, and the attribute; the order problems are reported in. */
export const REFERENCE_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
]);
const REPORT_ORDER = new Map([...REFERENCE_ATTRIBUTES.keys()].map((name, index) => [name, index]));
/** Schemes that leave the web on purpose: calls, messages, e-mail. */
const NON_WEB = /^(tel|sms|mailto):/i;

/** What the check needs of one reference: the link, and the element's name and `rel`. */
export interface Reference {
  readonly link: string;
  readonly tag: string;
  readonly rel: string;
}

/** What the check keeps of a page: its anchors and references, not its whole document. */
export interface PageLinks {
  /** Every `id` (and legacy `a[name]`) the page offers as an anchor. */
  anchors: Set<string>;
  /** Its links, those of `a` elements first, then `area`, `link`, `script` … (see REFERENCE_ATTRIBUTES). */
  references: Reference[];
}

/**
 * Reads the links and anchors of pages, one start tag at a time. What it
 * keeps is pooled: the pages of a site share most of their links (menus,
 * footers), so they share one copy of each, detached from the page's text.
 */
export class PageLinksReader {
  private readonly strings = new StringPool();
  private readonly references = new Map<string, Reference>();

  /** Adds what `tag` offers or links to to `links`. */
  read(tag: StartTag, links: PageLinks): void {
    const id = tag.attribute('id');
    if (id !== undefined) links.anchors.add(this.strings.keep(id));
    if (tag.name === 'a') {
      const name = tag.attribute('name');
      if (name !== undefined) links.anchors.add(this.strings.keep(name));
    }
    const attribute = REFERENCE_ATTRIBUTES.get(tag.name);
    const link = attribute === undefined ? undefined : tag.attribute(attribute);
    if (link === undefined) return;
    const rel = tag.attribute('rel') ?? '';
    // The length of `rel` keeps one reference's key from reading as another's.
    const key = `${tag.name} ${rel.length} ${rel}${link}`;
    let reference = this.references.get(key);
    if (reference === undefined) {
      reference = { link: this.strings.keep(link), tag: this.strings.keep(tag.name), rel: this.strings.keep(rel) };
      this.references.set(this.strings.keep(key), reference);
    }
    links.references.push(reference);
  }

  /** `links` with its references in the order problems are reported in. */
  finish(links: PageLinks): PageLinks {
    links.references.sort((a, b) => REPORT_ORDER.get(a.tag)! - REPORT_ORDER.get(b.tag)!);
    return links;
  }
}

/** The anchors and references of one page. */
export function pageLinks(html: string, reader = new PageLinksReader()): PageLinks {
  const links: PageLinks = { anchors: new Set(), references: [] };
  scanStartTags(html, (tag) => reader.read(tag, links));
  return reader.finish(links);
}

/** Whether `host` is one of `domains` or a subdomain of one. */
export function isAllowedHost(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Reports a reference to another site: allowed only as a link, to a listed domain, without a referrer. */
function checkOutgoing(
  reference: Reference,
  url: URL,
  allowedDomains: readonly string[] | undefined,
): string | undefined {
  if (!['a', 'area'].includes(reference.tag)) {
    return `loads from ${url.origin}; pages must need nothing from another site`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol} links are not allowed`;
  if (allowedDomains && !isAllowedHost(url.hostname, allowedDomains)) {
    return `${url.hostname} is not in content/link-domains.yaml, the list of sites this site may link to`;
  }
  if (!reference.rel.split(/\s+/).includes('noreferrer')) {
    return 'a link to another site needs rel="noreferrer"';
  }
  return undefined;
}

/**
 * Finds every reference that is broken or not allowed: internal links,
 * assets and `#anchors` that lead nowhere, and — when `allowedDomains` is
 * given — links to sites not on the list, links out without
 * `rel="noreferrer"`, and anything loaded from another site. `origin` is
 * the site's own: absolute links to it (canonical, alternates) are internal.
 */
export function checkLinks(
  files: readonly BuiltFile[],
  origin: string,
  options: { allowedDomains?: readonly string[] } = {},
): LinkProblem[] {
  const reader = new PageLinksReader();
  const pages = new Map<string, PageLinks>();
  for (const file of files) if (file.html !== undefined) pages.set(file.path, pageLinks(file.html, reader));
  return checkPageLinks(
    pages,
    files.map((file) => file.path),
    origin,
    options,
  );
}

/**
 * `checkLinks` for pages already read: the links and anchors of every page
 * (`pages`, by path), and the path of every file of the site (`files`).
 */
export function checkPageLinks(
  pages: ReadonlyMap<string, PageLinks>,
  files: readonly string[],
  origin: string,
  { allowedDomains }: { allowedDomains?: readonly string[] } = {},
): LinkProblem[] {
  const built = new Set(files);
  const siteOrigin = new URL(origin).origin;
  const resolveFile = (pathname: string) => candidateFiles(pathname).find((candidate) => built.has(candidate));

  const problems: LinkProblem[] = [];
  for (const [path, { references }] of pages) {
    const base = new URL(pagePath(path), origin);
    for (const reference of references) {
      const { link } = reference;
      const report = (reason: string) => problems.push({ page: path, link, reason });
      if (NON_WEB.test(link)) continue;
      if (/^javascript:/i.test(link)) {
        report('javascript: links do not work without JavaScript and are forbidden by the CSP');
        continue;
      }
      let url: URL;
      try {
        url = new URL(link, base);
      } catch {
        report('is not a valid URL');
        continue;
      }
      if (url.origin !== siteOrigin) {
        const reason = checkOutgoing(reference, url, allowedDomains);
        if (reason) report(reason);
        continue;
      }
      const target = resolveFile(url.pathname);
      if (!target) {
        report(`no file in dist/ answers ${url.pathname}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor === '') continue;
      const targetPage = pages.get(target);
      if (targetPage === undefined) {
        report(`#${anchor} points into ${target}, which is not a page`);
      } else if (!targetPage.anchors.has(anchor)) {
        report(`${target} has no element with id "${anchor}"`);
      }
    }
  }
  return problems;
}
