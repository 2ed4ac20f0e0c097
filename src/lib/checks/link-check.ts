/**
 * Checks every link in the built site: internal links, assets and `#anchors`
 * must lead somewhere, and links out must go only to listed sites and give
 * away nothing about the reader.
 */
import { parse } from 'node-html-parser';
import { candidateFiles, pagePath } from '../host/static-host.ts';

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

const ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];
/** Schemes that leave the web on purpose: calls, messages, e-mail. */
const NON_WEB = /^(tel|sms|mailto):/i;

/** What the check needs of one reference: the link, and the element's name and `rel`. */
interface Reference {
  link: string;
  tag: string;
  rel: string;
}

/** What the check keeps of a page: its anchors and references, not its whole document. */
interface PageLinks {
  /** Every `id` (and legacy `a[name]`) the page offers as an anchor. */
  anchors: Set<string>;
  references: Reference[];
}

function pageLinks(html: string): PageLinks {
  const root = parse(html);
  const anchors = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) anchors.add(element.getAttribute('id')!);
  for (const element of root.querySelectorAll('a[name]')) anchors.add(element.getAttribute('name')!);
  const references: Reference[] = [];
  for (const [selector, attribute] of ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      references.push({
        link: element.getAttribute(attribute)!,
        tag: element.tagName.toLowerCase(),
        rel: element.getAttribute('rel') ?? '',
      });
    }
  }
  return { anchors, references };
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
  { allowedDomains }: { allowedDomains?: readonly string[] } = {},
): LinkProblem[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  // Each page is parsed once and only its anchors and references are kept: holding every page's
  // document at once would take a large site's build hundreds of megabytes.
  const pages = new Map<string, PageLinks>();
  for (const file of files) if (file.html !== undefined) pages.set(file.path, pageLinks(file.html));
  const resolveFile = (pathname: string) => candidateFiles(pathname).find((candidate) => byPath.has(candidate));

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
      if (url.origin !== new URL(origin).origin) {
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
