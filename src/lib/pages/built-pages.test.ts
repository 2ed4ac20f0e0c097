import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceInlineStyles, sourceHash, withOwnCodeHashes } from '../host/inline-code.ts';
import { BuiltPages, readBuiltPages, rewriteBuiltPages } from './built-pages.ts';

const CSS = '.a{color:red}.b{color:blue}p{margin:0}';
const SCRIPT = 'document.body.dataset.ready = "1"';
const OTHER_SCRIPT = 'console.log(1 < 2)';

/** A page as Astro writes it: a policy listing every script and style of the site, the stylesheet inline. */
function page(body: string, scripts: readonly string[] = [SCRIPT]): string {
  const everyHash = [SCRIPT, OTHER_SCRIPT].map(sourceHash).join(' ');
  return (
    '<!DOCTYPE html><html lang="mn"><head>' +
    `<meta http-equiv="content-security-policy" content="script-src 'self' ${everyHash}; style-src 'self' ${sourceHash(CSS)}">` +
    `<style>${CSS}</style></head><body>${body}` +
    scripts.map((script) => `<script type="module">${script}</script>`).join('') +
    '<script type="application/ld+json">{"a":1}</script></body></html>'
  );
}

let dist: string;
const write = (file: string, html: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), html);
};
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const kindOf = (file: string) => (file.startsWith('signs/') ? 'article' : 'other');

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'built-pages-'));
  write('index.html', page('<p class="a" id="top"><a href="/signs/one#how">One</a></p>'));
  write('signs/one.html', page('<h2 id="how" class="b">How</h2><a href="/" rel="home">Home</a>', [OTHER_SCRIPT]));
  write('signs/two.html', page('<em>Two</em>'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const PAGES = ['index.html', 'signs/one.html', 'signs/two.html'];

describe('readBuiltPages', () => {
  it('finds what each kind of page holds, for each stylesheet the pages carry', () => {
    const { stylesheets } = readBuiltPages(dist, PAGES, kindOf);
    expect([...stylesheets.keys()]).toEqual([CSS]);
    const kinds = stylesheets.get(CSS)!;
    expect([...kinds.keys()]).toEqual(['other', 'article']);
    expect([...kinds.get('other')!.classes]).toEqual(['a']);
    expect([...kinds.get('article')!.classes]).toEqual(['b']);
    expect([...kinds.get('article')!.elements].sort()).toEqual(
      ['a', 'body', 'em', 'h2', 'head', 'html', 'meta', 'script', 'style'].sort(),
    );
  });

  it('finds the links and anchors of each page, and the hashes of the scripts it runs', () => {
    const { pages } = readBuiltPages(dist, PAGES, kindOf);
    expect([...pages.keys()]).toEqual(PAGES);
    const one = pages.get('signs/one.html')!;
    expect([...one.links.anchors]).toEqual(['how']);
    expect(one.links.references).toEqual([{ link: '/', tag: 'a', rel: 'home' }]);
    expect(one.scriptHashes).toEqual([sourceHash(OTHER_SCRIPT)]);
    expect(pages.get('index.html')!.links.references).toEqual([{ link: '/signs/one#how', tag: 'a', rel: '' }]);
  });
});

describe('rewriteBuiltPages', () => {
  it("replaces each page's stylesheet with its kind's, and its policy lists only the code it then holds", () => {
    const pagesRead = readBuiltPages(dist, PAGES, kindOf);
    const cut = { other: '.a{color:red}', article: '.b{color:blue}' };
    const { rewritten, inlineCode } = rewriteBuiltPages(dist, pagesRead, (css, kind) =>
      css === CSS ? cut[kind as keyof typeof cut] : css,
    );
    expect(rewritten).toBe(3);
    const one = read('signs/one.html');
    expect(one).toContain('<style>.b{color:blue}</style>');
    expect(one).toContain(
      `content="script-src 'self' ${sourceHash(OTHER_SCRIPT)}; style-src 'self' ${sourceHash(cut.article)}"`,
    );
    expect(read('index.html')).toContain(
      `content="script-src 'self' ${sourceHash(SCRIPT)}; style-src 'self' ${sourceHash(cut.other)}"`,
    );
    expect(inlineCode).toEqual({
      scripts: new Set([sourceHash(SCRIPT), sourceHash(OTHER_SCRIPT)]),
      styles: new Set([sourceHash(cut.other), sourceHash(cut.article)]),
    });
  });

  it('rewrites the bytes of a page as the text functions of inline-code.ts would, whatever characters come first', () => {
    const html =
      '<!DOCTYPE html><html lang="mn"><head><title>Монгол «ҮӨ» 😀</title>' +
      page('')
        .slice(page('').indexOf('<meta'))
        .replace(/'/g, '&#39;')
        .replace('</head>', `<style media="print">p{}</style></head>`)
        .replace('<body>', '<body><h1>Гарчиг</h1><style>.a{color:red}</style>');
    write('signs/mixed.html', html);
    const restyle = (css: string) => (css === CSS ? '.b{color:blue}' : css);
    rewriteBuiltPages(dist, readBuiltPages(dist, ['signs/mixed.html'], kindOf), restyle);
    expect(read('signs/mixed.html')).toBe(withOwnCodeHashes(replaceInlineStyles(html, restyle)));
    expect(read('signs/mixed.html')).toContain('<style>.b{color:blue}</style>');
  });

  it('leaves a page that would not change as it is', () => {
    write('index.html', page('<p>x</p>').replace(` ${sourceHash(OTHER_SCRIPT)}`, ''));
    const before = read('index.html');
    const { rewritten } = rewriteBuiltPages(dist, readBuiltPages(dist, ['index.html'], kindOf), (css) => css);
    expect(rewritten).toBe(0);
    expect(read('index.html')).toBe(before);
  });

  it('stops when a page changed after it was read', () => {
    const pagesRead = readBuiltPages(dist, PAGES, kindOf);
    write('signs/two.html', page('<em>Two, changed</em>'));
    expect(() => rewriteBuiltPages(dist, pagesRead, (css) => css)).toThrow(
      'dist/signs/two.html changed between reading and rewriting it',
    );
  });
});

describe('BuiltPages', () => {
  it('gives the steps after the first read what it found', () => {
    const builtPages = new BuiltPages();
    const pagesRead = readBuiltPages(dist, PAGES, kindOf);
    const { inlineCode } = rewriteBuiltPages(dist, pagesRead, (css) => css);
    builtPages.record([...PAGES, 'favicon.svg'], pagesRead, inlineCode);
    expect(builtPages.files).toEqual([...PAGES, 'favicon.svg']);
    expect(builtPages.pages).toEqual(PAGES);
    expect([...builtPages.links.get('index.html')!.anchors]).toEqual(['top']);
    expect(builtPages.inlineCode).toBe(inlineCode);
  });

  it('fails a step that asks before the pages were read, or after a new build began', () => {
    const builtPages = new BuiltPages();
    expect(() => builtPages.links).toThrow(/The built pages have not been read/);
    builtPages.record(PAGES, readBuiltPages(dist, PAGES, kindOf), { scripts: new Set(), styles: new Set() });
    builtPages.clear();
    expect(() => builtPages.inlineCode).toThrow(/The built pages have not been read/);
  });
});
