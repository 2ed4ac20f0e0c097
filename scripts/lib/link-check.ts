/**
 * Checks that every internal link, asset and `#anchor` in the built site
 * leads somewhere: one class of broken link a reader must never meet.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { candidateFiles, pagePath } from '../../src/lib/static-host.ts';

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

/**
 * Finds every internal reference that does not resolve. `origin` is the
 * site's own origin: absolute links to it (canonical, alternates) count as
 * internal. Links to other origins are not followed.
 */
export function checkLinks(files: readonly BuiltFile[], origin: string): LinkProblem[] {
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
        if (url.origin !== new URL(origin).origin) continue;
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
