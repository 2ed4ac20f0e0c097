import { describe, expect, it } from 'vitest';
import { checkLinks, checkPageLinks, isAllowedHost, pageLinks, PageLinksReader } from './link-check.ts';

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

describe('pageLinks', () => {
  it('reads ids and a[name] as anchors, and the links of each kind of element, a first', () => {
    const html =
      '<img src="/a.png" alt=""><a href="/x" rel="noreferrer" id="one">x</a><a name="two"></a><p name="not"></p>' +
      '<link rel="icon" href="/favicon.svg"><form action="/search"><area href="/y"></form><a>no href</a>';
    const links = pageLinks(html);
    expect([...links.anchors]).toEqual(['one', 'two']);
    expect(links.references).toEqual([
      { link: '/x', tag: 'a', rel: 'noreferrer' },
      { link: '/y', tag: 'area', rel: '' },
      { link: '/favicon.svg', tag: 'link', rel: 'icon' },
      { link: '/a.png', tag: 'img', rel: '' },
      { link: '/search', tag: 'form', rel: '' },
    ]);
  });

  it('reads no link inside a comment, a script or a style, and decodes character references', () => {
    const html =
      '<!-- <a href="/old"> --><script>"<a href=/in-script>"</script><style>a[href="/x"]{}</style>' +
      "<a href='/search?q=a&amp;b'>";
    expect(pageLinks(html).references.map((reference) => reference.link)).toEqual(['/search?q=a&b']);
  });

  it('shares one copy of a link many pages hold, and tells links apart by their rel', () => {
    const reader = new PageLinksReader();
    const first = pageLinks('<a href="/x">x</a><a href="/x" rel="noreferrer">x</a>', reader);
    const second = pageLinks('<a href="/x">x</a>', reader);
    expect(second.references[0]).toBe(first.references[0]);
    expect(first.references[1]).toEqual({ link: '/x', tag: 'a', rel: 'noreferrer' });
    // A rel that ends like another reference's link does not make the two one.
    const tricky = pageLinks('<a rel="a" href="b/x">1</a><a rel="ab" href="/x">2</a>', reader);
    expect(tricky.references.map(({ rel, link }) => [rel, link])).toEqual([
      ['a', 'b/x'],
      ['ab', '/x'],
    ]);
  });
});

describe('checkPageLinks', () => {
  it('checks pages already read against the files of the site', () => {
    const pages = new Map([
      ['index.html', pageLinks('<a href="/about#who">a</a><a href="/missing">b</a><a href="/favicon.svg#x">c</a>')],
      ['about.html', pageLinks('<h2 id="who">Who</h2>')],
    ]);
    const problems = checkPageLinks(pages, ['index.html', 'about.html', 'favicon.svg'], origin);
    expect(problems).toEqual([
      { page: 'index.html', link: '/missing', reason: 'no file in dist/ answers /missing' },
      { page: 'index.html', link: '/favicon.svg#x', reason: '#x points into favicon.svg, which is not a page' },
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
