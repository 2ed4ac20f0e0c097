import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { median, typicalWeight } from './page-weight.ts';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('typicalWeight', () => {
  const css = 'body { color: black; }\n'.repeat(50);
  const print = '@media print { nav { display: none } }';
  const js = 'console.log("hello");';
  const page = (n: number) =>
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/common.css">` +
    `<link rel="stylesheet" href="/_astro/print.css" media="print">` +
    `<script type="module" src="/_astro/page.js"></script></head>` +
    `<body><main>${'<p>Сайн байна уу</p>'.repeat(n)}</main></body></html>`;
  const files = new Map<string, string>([
    ['signs/a/index.html', page(1)],
    ['signs/b/index.html', page(20)],
    ['signs/c/index.html', page(40)],
    ['en/signs/a.html', page(5)],
    ['_astro/common.css', css],
    ['_astro/print.css', print],
    ['_astro/page.js', js],
  ]);
  const read = (file: string) => (files.has(file) ? Buffer.from(files.get(file)!) : undefined);

  it('adds the render-blocking stylesheets to the HTML, gzipped, and leaves out print styles', () => {
    const weight = typicalWeight(['/signs/b/'], read);
    expect(weight).toEqual({ pages: 1, firstRender: gz(page(20)) + gz(css), script: gz(js) });
  });

  it('finds pages at /path, /path.html and /path/index.html, and takes the median', () => {
    const weight = typicalWeight(['/signs/a/', '/signs/b', '/signs/c', '/en/signs/a'], read);
    expect(weight.pages).toBe(4);
    expect(weight.firstRender).toBe((gz(page(5)) + gz(page(20))) / 2 + gz(css));
  });

  it('stops on a page that is not there', () => {
    expect(() => typicalWeight(['/signs/missing'], read)).toThrow('/signs/missing is not in the built site');
  });
});
