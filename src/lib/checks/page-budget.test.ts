import { describe, expect, it } from 'vitest';
import {
  FIRST_RENDER_BUDGET,
  formatBudgetTable,
  gzipSize,
  pageType,
  SCRIPT_BUDGET,
  summariseByType,
  weighPage,
} from './page-budget.ts';

const page = (head: string, body = '<p>Call 102</p>') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const noFiles = () => undefined;

/** Text that gzip cannot shrink much: a page this size is truly heavy. */
function incompressible(bytes: number): string {
  let text = '';
  let seed = 2463534242;
  while (text.length < bytes) {
    // xorshift32: deterministic noise
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    text += String.fromCharCode(97 + (seed % 26));
  }
  return text;
}

describe('pageType', () => {
  it('groups pages by kind in either language', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/en')).toBe('home');
    expect(pageType('/abroad')).toBe('help abroad');
    expect(pageType('/en/abroad/kr')).toBe('help card');
    expect(pageType('/GO/KR')).toBe('short link');
    expect(pageType('/signs/scam-compounds')).toBe('sign article');
    expect(pageType('/en/rights')).toBe('rights');
    expect(pageType('/en/signs/2')).toBe('warning signs');
    expect(pageType('/rights/3')).toBe('rights');
    expect(pageType('/en/safety')).toBe('prose page');
    expect(pageType('/search')).toBe('search');
    expect(pageType('/campaigns')).toBe('campaigns');
    expect(pageType('/en/campaigns/world-day-2027')).toBe('campaign');
  });
});

describe('weighPage', () => {
  it('counts the HTML and its blocking stylesheets, gzipped, but not print CSS', () => {
    const css = 'body{color:#111}';
    const files: Record<string, Uint8Array> = { '/a.css': Buffer.from(css), '/p.css': Buffer.from('x{}') };
    const html = page('<link rel="stylesheet" href="/a.css"><link rel="stylesheet" media="print" href="/p.css">');
    const weight = weighPage('/about', html, (url) => files[url]);
    expect(weight.firstRender).toBe(gzipSize(html) + gzipSize(css));
    expect(weight.problems).toEqual([]);
  });

  it('counts inline, external and statically imported scripts, but not JSON-LD', () => {
    const files: Record<string, Uint8Array> = { '/x.js': Buffer.from('export const x = 1;') };
    const inline = 'import { x } from "/x.js"; console.log(x);';
    const html = page(`<script type="module">${inline}</script><script type="application/ld+json">{}</script>`);
    expect(weighPage('/', html, (url) => files[url]).script).toBe(gzipSize(inline) + gzipSize('export const x = 1;'));
  });

  it('reports a page over the first-render budget', () => {
    const weight = weighPage('/about', page('', `<p>${incompressible(FIRST_RENDER_BUDGET * 2)}</p>`), noFiles);
    expect(weight.problems).toEqual([expect.stringContaining(`over the ${FIRST_RENDER_BUDGET} B budget`)]);
  });

  it('allows the search page, and only it, more script', () => {
    const html = page(`<script type="module">${incompressible(SCRIPT_BUDGET * 2)}</script>`);
    expect(weighPage('/en/search', html, noFiles).problems).toEqual([]);
    expect(weighPage('/en/check', html, noFiles).problems).toEqual([
      expect.stringContaining(`over the ${SCRIPT_BUDGET} B budget`),
    ]);
  });

  it('refuses web fonts and images, and names a missing stylesheet', () => {
    const html = page(
      '<style>@font-face{font-family:x;src:url(/x.woff2)}</style><link rel="stylesheet" href="/gone.css">',
      '<img src="/map.png" alt="">',
    );
    const problems = weighPage('/about', html, noFiles).problems.join('\n');
    expect(problems).toContain('@font-face');
    expect(problems).toContain('<img>');
    expect(problems).toContain('its CSS loads /x.woff2');
    expect(problems).toContain('stylesheet /gone.css is not in the built site');
  });
});

describe('summariseByType', () => {
  it('keeps the heaviest page of each type and prints a table', () => {
    const weights = [
      { path: '/abroad/kr', type: 'help card', firstRender: 9000, script: 2000, problems: [] },
      { path: '/abroad/jp', type: 'help card', firstRender: 8000, script: 2100, problems: [] },
      { path: '/', type: 'home', firstRender: 7000, script: 1900, problems: [] },
    ];
    const summaries = summariseByType(weights);
    expect(summaries).toEqual([
      { type: 'help card', pages: 2, heaviest: '/abroad/kr', firstRender: 9000, script: 2100 },
      { type: 'home', pages: 1, heaviest: '/', firstRender: 7000, script: 1900 },
    ]);
    const table = formatBudgetTable(summaries).split('\n');
    expect(table[0]).toContain('first render');
    expect(table[1]).toMatch(/^help card\s+2\s+9000\s+2100\s+\/abroad\/kr$/);
  });
});
