/**
 * A third language costs its UI strings, its content and one line in the
 * locale list. This builds a copy of the site with a pseudo-language, `qps`
 * (a private-use code), made by machine from the English: every vowel
 * accented, so a page that shows it is plainly the pseudo-language's, yet as
 * long as the English and with the same digits. Nothing of it is shipped.
 * The copy must build, and hold for the pseudo-language everything English
 * has: every page, feed, manifest, preview, search index, the offline copy,
 * the sitemap's alternates, the header and the language switch.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_MAP, sectionsIn } from '../../src/lib/site-map.ts';
import { ProjectCopy } from './project-copy.ts';

const PSEUDO = 'qps';
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
};

/** English made pseudo: vowels accented, `{placeholders}` kept. */
function pseudo(text: string): string {
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[aeiouAEIOU]/g, (vowel) => ACCENTED[vowel]!)))
    .join('');
}

/** Every string in a value made pseudo, but the values of `id` (they pair the languages). */
function pseudoDeep(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key === 'id' ? value : pseudo(value);
  if (Array.isArray(value)) return value.map((each) => pseudoDeep(each));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([name, each]) => [name, pseudoDeep(each, name)]));
  }
  return value;
}

/** Beside every text given as `mn:` and `en:`, the pseudo-language's, from the English. */
function withPseudoTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withPseudoTexts);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const entries = Object.entries(value).map(([name, each]) => [name, withPseudoTexts(each)] as const);
  const record = Object.fromEntries(entries) as Record<string, unknown>;
  if (typeof record.mn === 'string' && typeof record.en === 'string') record[PSEUDO] = pseudo(record.en);
  return record;
}

/** Prose lines of MDX made pseudo; headings (their anchors), links, components and markup stay as they are. */
function pseudoMdx(text: string): string {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const data = load(frontmatter!) as Record<string, unknown>;
  for (const field of ['title', 'description']) {
    if (typeof data[field] === 'string') data[field] = pseudo(data[field]);
  }
  const lines = body!
    .split('\n')
    .map((line) => (/^[A-Za-z][^<>{}[\]`|#*_/\\:]*$/.test(line) && !/https?:/.test(line) ? pseudo(line) : line));
  return `---\n${dump(data, { lineWidth: -1 })}---\n${lines.join('\n')}`;
}

function filesUnder(root: string, folder: string): string[] {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const project = new ProjectCopy();
afterAll(() => project.dispose());

let output = '';
/** The files of the copy a third language touched. */
const touched: string[] = [];
beforeAll(() => {
  const write = (file: string, text: string) => {
    project.write(file, text);
    touched.push(file);
  };
  project.replace(
    'src/lib/locales.ts',
    /(\n\s*\{ code: 'en'.*\},)/,
    `$1\n  { code: '${PSEUDO}', name: 'Pseudo-English', openGraph: 'en_XA' },`,
  );
  touched.push('src/lib/locales.ts');
  const english = JSON.parse(project.read('src/i18n/en.json')) as Record<string, unknown>;
  write(`src/i18n/${PSEUDO}.json`, `${JSON.stringify(pseudoDeep(english), null, 2)}\n`);
  for (const collection of ['pages', 'signs', 'rights', 'campaigns']) {
    for (const file of filesUnder(project.root, `content/${collection}/en`)) {
      write(file.replace('/en/', `/${PSEUDO}/`), pseudoMdx(project.read(file)));
    }
  }
  write(
    `content/check/${PSEUDO}.yaml`,
    dump(pseudoDeep(load(project.read('content/check/en.yaml'))), { lineWidth: -1 }),
  );
  for (const file of filesUnder(project.root, 'content').filter((each) => each.endsWith('.yaml'))) {
    if (file.startsWith('content/check/')) continue;
    const data = load(project.read(file));
    const withPseudo = withPseudoTexts(data);
    if (JSON.stringify(withPseudo) !== JSON.stringify(data)) write(file, dump(withPseudo, { lineWidth: -1 }));
  }
  const result = project.build();
  output = result.output;
  expect(result.status, output).toBe(0);
}, 900_000);

const dist = () => join(project.root, 'dist');
const read = (file: string) => readFileSync(join(dist(), file), 'utf8');

describe('a third language', () => {
  it('touches only its strings, its content and one line of the locale list', () => {
    const code = touched.filter((file) => file.startsWith('src/') || file.startsWith('scripts/'));
    expect(code).toEqual(['src/lib/locales.ts', `src/i18n/${PSEUDO}.json`]);
    expect(touched.every((file) => file.startsWith('src/') || file.startsWith('content/'))).toBe(true);
    console.info(`A third language touched ${touched.length} files: ${code.length} of code, the rest content.`);
  });

  it('has every page, feed, manifest, vCard and preview image that English has', () => {
    const english = [
      ...filesUnder(dist(), 'en').map((file) => file.slice('en/'.length)),
      ...filesUnder(dist(), 'og/en').map((file) => `og/${file.slice('og/en/'.length)}`),
    ];
    expect(english.length).toBeGreaterThan(100);
    const missing = english
      .map((file) => (file.startsWith('og/') ? `og/${PSEUDO}/${file.slice(3)}` : `${PSEUDO}/${file}`))
      .filter((file) => !existsSync(join(dist(), file)));
    expect(missing).toEqual([]);
    expect(existsSync(join(dist(), `${PSEUDO}.html`))).toBe(true);
    expect(read(`${PSEUDO}/campaigns/rss.xml`)).toContain(`<language>${PSEUDO}</language>`);
    expect(JSON.parse(read(`${PSEUDO}/manifest.webmanifest`))).toMatchObject({ lang: PSEUDO, start_url: `/${PSEUDO}` });
  });

  it('shows its own words, with its own header, in its own language', () => {
    const html = read(`${PSEUDO}/abroad/kr.html`);
    expect(html).toContain(`<html lang="${PSEUDO}"`);
    expect(html).toContain(pseudo('Help abroad'));
    // The search control names the search box (`/search#search-query`), so match up to the fragment.
    for (const section of sectionsIn('header'))
      expect(html).toMatch(new RegExp(`href="/${PSEUDO}/${section.route}["#]`));
    for (const section of sectionsIn('footer')) expect(html).toContain(`href="/${PSEUDO}/${section.route}"`);
    expect(html).toContain(`<meta property="og:locale" content="en_XA"`);
  });

  it('is offered by the language switch of every other language, and offers them', () => {
    const switchOf = (file: string) =>
      /<nav aria-label="[^"]*" class="flex gap-x-3 print:hidden">([\s\S]*?)<\/nav>/.exec(read(file))?.[1] ?? '';
    expect(switchOf('abroad/kr.html')).toContain(`href="/${PSEUDO}/abroad/kr"`);
    expect(switchOf('en/abroad/kr.html')).toContain(`href="/${PSEUDO}/abroad/kr"`);
    expect(switchOf(`${PSEUDO}/abroad/kr.html`)).toContain('href="/abroad/kr"');
    expect(switchOf(`${PSEUDO}/abroad/kr.html`)).toContain('href="/en/abroad/kr"');
    expect(read('abroad/kr.html')).toMatch(new RegExp(`hreflang="${PSEUDO}" href="[^"]*/${PSEUDO}/abroad/kr"`));
  });

  it('has a search index of its own', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages[PSEUDO]?.page_count).toBe(entry.languages.en?.page_count);
  });

  it('is kept offline like English, with its own offline page', () => {
    const worker = read('sw.js');
    for (const path of ['abroad/kr', SITE_MAP.offline.route, 'manifest.webmanifest']) {
      expect(worker).toContain(`"/${PSEUDO}/${path}"`);
    }
    expect(worker).toContain(`"/${PSEUDO}"`);
    // A page of the language that cannot be reached gets its own offline page.
    expect(worker).toContain(`/^\\/${PSEUDO}(\\/|$)/`);
  });

  it('is in the sitemap, with its pages as alternates of the others', () => {
    const sitemap = filesUnder(dist(), '.')
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map(read)
      .join('');
    expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/${PSEUDO}/abroad/kr</loc>`));
    expect(sitemap).toContain(`hreflang="${PSEUDO}"`);
  });
});
