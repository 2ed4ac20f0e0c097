import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  inlineCodeHashes,
  inlineStyles,
  replaceInlineStyles,
  withOwnCodeHashes,
  withoutInlineStyles,
} from './inline-code.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('inlineCodeHashes', () => {
  it('hashes each inline script and style exactly as written, once', () => {
    const script = 'if (a < b && "</p>") run();\n';
    const style = 'a>b{color:red}';
    const html =
      `<html><head><style>${style}</style><script type="module">${script}</script></head>` +
      `<body><script type="module">${script}</script><script>x()</script></body></html>`;
    expect(inlineCodeHashes(html)).toEqual({ scripts: [hash(script), hash('x()')], styles: [hash(style)] });
  });

  it('leaves out scripts loaded from a file and data blocks no browser runs', () => {
    const html =
      '<head><script src="/sw.js"></script><script type="application/ld+json">{"@type":"Thing"}</script></head>';
    expect(inlineCodeHashes(html)).toEqual({ scripts: [], styles: [] });
  });

  it('reads only real elements: none in a comment, none written inside a script', () => {
    const script = 'const html = "<style>x{}</style><script>y()</" + "script>";';
    const html = `<!-- <style>a{}</style> --><script>${script}</script><style media="print">p{}</style>`;
    expect(inlineCodeHashes(html)).toEqual({ scripts: [hash(script)], styles: [hash('p{}')] });
  });

  it('hashes characters beyond ASCII as UTF-8, as browsers do', () => {
    const script = 'alert("Монгол")';
    expect(inlineCodeHashes(`<script>${script}</script>`).scripts).toEqual([hash(script)]);
  });
});

describe('replaceInlineStyles', () => {
  const policy = (...hashes: string[]) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' ${hashes.join(' ')}">`;

  it("replaces each style's text and its hash in the page's policy, leaving other hashes as they are", () => {
    const other = hash('other{}');
    const html = `<head>${policy(hash('a{}b{}'), other)}<style>a{}b{}</style></head><body><style media="print">p{}</style></body>`;
    const replaced = replaceInlineStyles(html, (css) => css.replace('b{}', ''));
    expect(replaced).toBe(
      `<head>${policy(hash('a{}'), other)}<style>a{}</style></head><body><style media="print">p{}</style></body>`,
    );
    expect(inlineCodeHashes(replaced).styles).toEqual([hash('a{}'), hash('p{}')]);
  });

  it('finds the hash in a policy that writes its quotes as character references', () => {
    const html = `${policy(hash('a{}b{}')).replace(/'/g, '&#39;')}<style>a{}b{}</style>`;
    expect(replaceInlineStyles(html, () => 'a{}')).toBe(
      `${policy(hash('a{}')).replace(/'/g, '&#39;')}<style>a{}</style>`,
    );
  });

  it('returns the page as it was when no style changes', () => {
    const html = `${policy(hash('a{}'))}<style>a{}</style>`;
    expect(replaceInlineStyles(html, (css) => css)).toBe(html);
  });
});

describe('inlineStyles and withoutInlineStyles', () => {
  it('read the text of every style element, and the markup without it', () => {
    const html = '<style>a<b{}</style><p class="x">y</p><STYLE type="text/css">p{}</STYLE>';
    expect(inlineStyles(html)).toEqual(['a<b{}', 'p{}']);
    expect(withoutInlineStyles(html)).toBe('<style></style><p class="x">y</p><STYLE type="text/css"></STYLE>');
  });

  it('leave a style written inside a script or a comment as it is', () => {
    const html = '<script>"<style>a{}</style>"</script><!-- <style>b{}</style> --><style>c{}</style>';
    expect(inlineStyles(html)).toEqual(['c{}']);
    expect(withoutInlineStyles(html)).toBe(html.replace('c{}', ''));
  });
});

describe('withOwnCodeHashes', () => {
  const meta = (scripts: string[], styles: string[]) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')};">`;

  it("cuts the page's policy to the hashes of the scripts and styles it holds", () => {
    const body = '<style>a{}</style><script type="module">run()</script><script type="application/ld+json">{}</script>';
    const html = `<head>${meta([hash('run()'), hash('island()'), hash('other()')], [hash('a{}'), hash('b{}')])}</head>${body}`;
    expect(withOwnCodeHashes(html)).toBe(`<head>${meta([hash('run()')], [hash('a{}')])}</head>${body}`);
  });

  it('keeps the directives of a page with no inline code, with no hash left', () => {
    const html = `${meta([hash('island()')], [hash('b{}')])}<p>text</p>`;
    expect(withOwnCodeHashes(html)).toBe(
      `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self';"><p>text</p>`,
    );
  });

  it('reads quotes written as character references', () => {
    const html = `${meta([hash('run()'), hash('island()')], []).replace(/'/g, '&#39;')}<script>run()</script>`;
    expect(withOwnCodeHashes(html)).toBe(`${meta([hash('run()')], []).replace(/'/g, '&#39;')}<script>run()</script>`);
  });
});
