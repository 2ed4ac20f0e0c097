import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCodeHashes } from './inline-code.ts';

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

  it('hashes characters beyond ASCII as UTF-8, as browsers do', () => {
    const script = 'alert("Монгол")';
    expect(inlineCodeHashes(`<script>${script}</script>`).scripts).toEqual([hash(script)]);
  });
});
