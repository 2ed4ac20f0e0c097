/**
 * The `_redirects` file of Netlify and Cloudflare Pages, for the spellings of
 * a short link a person might type that no built page answers: `/go/KR`,
 * `/Go/kr`, `/EN/GO/KR` … each leads with one redirect to the page that
 * answers `/go/kr`. The two printed spellings, `/go/kr` and `/GO/KR` (and
 * `/en/go/kr`, `/en/GO/KR`), are pages of their own and never redirect.
 *
 * A short link that does not exist answers with the short-link 404 page of
 * its spelling and language (`/GO/KORE` → `GO/404.html`, status 404): a
 * `/GO/* /GO/404.html 404` rule, which Netlify applies only where no file
 * answers. Cloudflare Pages ignores that status and serves the nearest
 * `404.html` up the path, which is the same page.
 *
 * A destination whose file was renamed keeps its old addresses: its help
 * card and its vCard at each former slug redirect, in every language, to
 * the ones at its new slug.
 */
import { destinationVcardPath } from '../contacts/vcard-paths.ts';
import { RESERVED_CODES, SHORT_LINK_SPELLINGS, shortLinkPaths } from '../links/short-links.ts';
import { type Locale, localePath } from '../locales.ts';
import { SITE_MAP, sectionPath } from '../site-map.ts';

export interface Redirect {
  /** A path; for status 404, a directory ending in `/*`. */
  from: string;
  to: string;
  /** 301 or 302: a redirect. 404: `to` answers, with status 404, every path under `from` no file answers. */
  status: 301 | 302 | 404;
}

/** The ways a path segment may arrive: as written, in capitals, and (for `go`) the two mixed cases. */
function caseSpellings(segment: string): string[] {
  const mixed = segment === 'go' ? ['Go', 'gO'] : [];
  return [...new Set([segment, segment.toUpperCase(), ...mixed])];
}

/**
 * The redirects for short-link spellings, from the codes that have pages
 * (`dist/go/<code>.html`). In each language (`otherLocales` under their
 * prefix, in lower case or capitals) every mix of `go` and of the code leads
 * to the lower-case page of that language.
 */
export function shortLinkRedirects(codes: readonly string[], otherLocales: readonly string[]): Redirect[] {
  const redirects: Redirect[] = [];
  const languages = [
    { prefixes: [''], to: '' },
    ...otherLocales.map((locale) => ({ prefixes: caseSpellings(locale).map((each) => `/${each}`), to: `/${locale}` })),
  ];
  for (const code of [...codes].filter((each) => !RESERVED_CODES.includes(each)).sort()) {
    const { lower, upper } = shortLinkPaths(code);
    for (const { prefixes, to } of languages) {
      const pages = new Set([`${to}${lower}`, `${to}${upper}`]);
      const spellings = new Set<string>();
      for (const prefix of prefixes) {
        for (const go of caseSpellings('go')) {
          for (const spelled of [code, code.toUpperCase()]) spellings.add(`${prefix}/${go}/${spelled}`);
        }
      }
      for (const from of spellings) if (!pages.has(from)) redirects.push({ from, to: `${to}${lower}`, status: 301 });
    }
  }
  return redirects;
}

/**
 * The redirects for destinations that moved, from each former slug to the
 * slug it moved to (`kr` → `kr-new`): in every language, the help card and
 * its vCard at the old address lead to the ones at the new.
 */
export function movedDestinationRedirects(moves: ReadonlyMap<string, string>, locales: readonly Locale[]): Redirect[] {
  return [...moves]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([from, to]) =>
      locales.flatMap((locale): Redirect[] => [
        {
          from: localePath(locale, sectionPath(SITE_MAP.abroad, from)),
          to: localePath(locale, sectionPath(SITE_MAP.abroad, to)),
          status: 301,
        },
        { from: destinationVcardPath(locale, from), to: destinationVcardPath(locale, to), status: 301 },
      ]),
    );
}

/** The short-link 404 pages, one per spelling of `go` in each language: `/go/*` → `/go/404.html`. */
export function shortLinkNotFoundRules(otherLocales: readonly string[]): Redirect[] {
  return ['', ...otherLocales.map((locale) => `/${locale}`)].flatMap((prefix) =>
    SHORT_LINK_SPELLINGS.map((go) => ({
      from: `${prefix}/${go}/*`,
      to: `${prefix}/${go}/404.html`,
      status: 404 as const,
    })),
  );
}

/** The 404 rule that answers a path no file answers, if any: the first whose directory holds it. */
export function notFoundRule(redirects: readonly Redirect[], pathname: string): Redirect | undefined {
  return redirects.find(({ from, status }) => status === 404 && pathname.startsWith(from.slice(0, -1)));
}

export function formatRedirectsFile(redirects: readonly Redirect[], comment: readonly string[] = []): string {
  const lines = [
    ...comment.map((line) => `# ${line}`.trimEnd()),
    ...redirects.map(({ from, to, status }) => `${from} ${to} ${status}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Reads the plain `from to status` lines this site writes; throws on anything else. */
export function parseRedirectsFile(text: string): Redirect[] {
  const redirects: Redirect[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const redirect = /^(\/\S*[^*\s])\s+(\/\S*)\s+(301|302)$/.exec(line.trim());
    const notFound = /^(\/\S*\/\*)\s+(\/\S*)\s+(404)$/.exec(line.trim());
    const match = redirect ?? notFound;
    if (!match) throw new Error(`_redirects line ${index + 1}: expected "/from /to 301" or "/dir/* /page 404"`);
    redirects.push({ from: match[1]!, to: match[2]!, status: Number(match[3]) as Redirect['status'] });
  });
  return redirects;
}
