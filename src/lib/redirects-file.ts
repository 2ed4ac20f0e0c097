/**
 * The `_redirects` file of Netlify and Cloudflare Pages, for the spellings of
 * a short link a person might type that no built page answers: `/go/KR`,
 * `/Go/kr`, `/en/go/KR` … each leads with one redirect to the page that
 * answers `/go/kr`. The two printed spellings, `/go/kr` and `/GO/KR`, are
 * pages of their own and never redirect.
 */
import { shortLinkPaths } from './short-links.ts';

export interface Redirect {
  from: string;
  to: string;
  status: 301 | 302;
}

/** The redirects for short-link spellings, from the codes that have pages (`dist/go/<code>.html`). */
export function shortLinkRedirects(codes: readonly string[], otherLocales: readonly string[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const code of [...codes].sort()) {
    const { lower, upper } = shortLinkPaths(code);
    const spellings = new Set<string>();
    for (const prefix of ['go', 'GO', 'Go', 'gO']) {
      for (const spelled of [code, code.toUpperCase()]) spellings.add(`/${prefix}/${spelled}`);
    }
    spellings.delete(lower);
    spellings.delete(upper);
    for (const from of spellings) redirects.push({ from, to: lower, status: 301 });
    for (const locale of otherLocales) {
      if (code.toUpperCase() !== code) {
        redirects.push({ from: `/${locale}${upper.replace('/GO/', '/go/')}`, to: `/${locale}${lower}`, status: 301 });
      }
    }
  }
  return redirects;
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
    const match = /^(\/\S*)\s+(\/\S*)\s+(301|302)$/.exec(line.trim());
    if (!match) throw new Error(`_redirects line ${index + 1}: expected "/from /to 301"`);
    redirects.push({ from: match[1]!, to: match[2]!, status: Number(match[3]) as 301 | 302 });
  });
  return redirects;
}
