import { describe, expect, it } from 'vitest';
import { checkLinks, isAllowedHost } from './link-check.ts';

const origin = 'https://example.org';
const page = (path: string, body: string) => ({ path, html: `<!doctype html><html><body>${body}</body></html>` });

describe('checkLinks', () => {
  const site = [
    page('index.html', '<a href="/about">About</a><a href="#top">Top</a><h1 id="top">Home</h1>'),
    page('about.html', '<a href="/#top">Home</a><a href="/en/about">English</a><h2 id="who">Who</h2>'),
    page('en/about.html', '<a href="about#who">Self</a><a href="../about#who">Mongolian</a><h2 id="who">Who</h2>'),
    { path: 'favicon.svg' },
  ];

  it('accepts pages, assets and anchors that exist', () => {
    expect(checkLinks(site, origin)).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    const problems = checkLinks([...site, page('x.html', '<a href="/hotlines">Hotlines</a>')], origin);
    expect(problems).toEqual([{ page: 'x.html', link: '/hotlines', reason: 'no file in dist/ answers /hotlines' }]);
  });

  it('reports a missing anchor, here or on another page', () => {
    const problems = checkLinks(
      [...site, page('y.html', '<a href="#nowhere">a</a><a href="/about#whom">b</a>')],
      origin,
    );
    expect(problems.map((problem) => problem.reason)).toEqual([
      'y.html has no element with id "nowhere"',
      'about.html has no element with id "whom"',
    ]);
  });

  it('follows absolute links to the site’s own origin but not to others', () => {
    const problems = checkLinks(
      [
        ...site,
        page(
          'z.html',
          '<link rel="canonical" href="https://example.org/gone"><a href="https://elsewhere.example/gone" rel="noreferrer">x</a><a href="tel:102">102</a>',
        ),
      ],
      origin,
    );
    expect(problems).toEqual([
      { page: 'z.html', link: 'https://example.org/gone', reason: 'no file in dist/ answers /gone' },
    ]);
  });

  it('forbids javascript: links', () => {
    const problems = checkLinks([...site, page('j.html', '<a href="javascript:void(0)">x</a>')], origin);
    expect(problems[0]?.reason).toMatch(/^javascript: links/);
  });

  it('checks assets as well as links', () => {
    const problems = checkLinks(
      [...site, page('i.html', '<img src="/missing.png" alt=""><script src="/a.js"></script>')],
      origin,
    );
    expect(problems.map((problem) => problem.link).sort()).toEqual(['/a.js', '/missing.png']);
  });

  it('allows links out only to listed sites, each without a referrer', () => {
    const allowedDomains = ['legalinfo.mn', 'bing.com'];
    const page1 = page(
      'out.html',
      '<a href="https://legalinfo.mn/law" rel="noreferrer">ok</a>' +
        '<a href="https://www.bing.com/" rel="noreferrer">ok</a>' +
        '<a href="https://tracker.example/x" rel="noreferrer">bad</a>' +
        '<a href="https://legalinfo.mn/law">no rel</a>' +
        '<img src="https://legalinfo.mn/logo.png" alt="">' +
        '<a href="ftp://legalinfo.mn/x" rel="noreferrer">ftp</a>',
    );
    expect(checkLinks([...site, page1], origin, { allowedDomains }).map((problem) => problem.reason)).toEqual([
      'tracker.example is not in content/link-domains.yaml, the list of sites this site may link to',
      'a link to another site needs rel="noreferrer"',
      'ftp: links are not allowed',
      'loads from https://legalinfo.mn; pages must need nothing from another site',
    ]);
  });
});

describe('isAllowedHost', () => {
  it('allows listed domains and their subdomains, nothing that merely ends alike', () => {
    expect(isAllowedHost('consul.mn', ['consul.mn'])).toBe(true);
    expect(isAllowedHost('hongkong.consul.mn', ['consul.mn'])).toBe(true);
    expect(isAllowedHost('fakeconsul.mn', ['consul.mn'])).toBe(false);
  });
});
