/**
 * Checks every link in the built site: internal links, assets and `#anchors`
 * must lead somewhere, and links out must go only to listed sites and give
 * away nothing about the reader.
 */
import { parse, type HTMLElement } from 'node-html-parser';
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

/** Every `id` (and legacy `a[name]`) a page offers as an anchor. */
function anchorsOf(root: HTMLElement): Set<string> {
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) ids.add(element.getAttribute('id')!);
  for (const element of root.querySelectorAll('a[name]')) ids.add(element.getAttribute('name')!);
  return ids;
}

/** Whether `host` is one of `domains` or a subdomain of one. */
export function isAllowedHost(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Reports a reference to another site: allowed only as a link, to a listed domain, without a referrer. */
function checkOutgoing(
  element: HTMLElement,
  url: URL,
  allowedDomains: readonly string[] | undefined,
): string | undefined {
  if (!['a', 'area'].includes(element.tagName.toLowerCase())) {
    return `loads from ${url.origin}; pages must need nothing from another site`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol} links are not allowed`;
  if (allowedDomains && !isAllowedHost(url.hostname, allowedDomains)) {
    return `${url.hostname} is not in content/link-domains.yaml, the list of sites this site may link to`;
  }
  if (!(element.getAttribute('rel') ?? '').split(/\s+/).includes('noreferrer')) {
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
  const parsed = new Map<string, HTMLElement>();
  const document = (path: string) => {
    let root = parsed.get(path);
    if (!root) {
      root = parse(byPath.get(path)?.html ?? '');
      parsed.set(path, root);
    }
    return root;
  };
  const resolveFile = (pathname: string) => candidateFiles(pathname).find((candidate) => byPath.has(candidate));

  const problems: LinkProblem[] = [];
  for (const file of files) {
    if (file.html === undefined) continue;
    const base = new URL(pagePath(file.path), origin);
    const root = document(file.path);
    for (const [selector, attribute] of ATTRIBUTES) {
      for (const element of root.querySelectorAll(selector)) {
        const link = element.getAttribute(attribute)!;
        const report = (reason: string) => problems.push({ page: file.path, link, reason });
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
          const reason = checkOutgoing(element, url, allowedDomains);
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
        if (byPath.get(target)?.html === undefined) {
          report(`#${anchor} points into ${target}, which is not a page`);
        } else if (!anchorsOf(document(target)).has(anchor)) {
          report(`${target} has no element with id "${anchor}"`);
        }
      }
    }
  }
  return problems;
}
