import { describe, expect, it } from 'vitest';
import { isProseCollection, PROSE_PAGE, placeOfPage, SITE_MAP, sectionsIn, siteSections } from './site-map.ts';

describe('the site map', () => {
  it('names each route once', () => {
    const routes = siteSections().map((section) => section.route);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('gives every place a distinct order, and a label to every section that has one', () => {
    for (const place of ['header', 'footer', 'searchFallback'] as const) {
      const orders = sectionsIn(place).map((section) => section[place]);
      expect(new Set(orders).size, place).toBe(orders.length);
      for (const section of sectionsIn(place)) expect(section.label, section.route).toBeDefined();
    }
  });

  it('orders the header by its numbers', () => {
    expect(sectionsIn('header').map((section) => section.route)).toEqual([
      'abroad',
      'hotlines',
      'signs',
      'check',
      'rights',
      'search',
    ]);
  });

  it('gives every home page card its text and a distinct place, in order', () => {
    const cards = sectionsIn('home');
    expect(cards.map((section) => section.route)).toEqual(['signs', 'check', 'rights', 'safety', 'about', 'campaigns']);
    for (const section of cards) expect(section.card, section.route).toBeDefined();
    expect(new Set(cards.map((section) => section.home)).size).toBe(cards.length);
  });

  it('keeps no unlisted page offline but the offline page itself', () => {
    const unlistedKept = siteSections().filter((section) => !section.listed && section.offline?.page);
    expect(unlistedKept).toEqual([SITE_MAP.offline]);
  });

  it('keeps every entry offline that a printed link answers from', () => {
    for (const section of siteSections()) {
      if (section.printedLinksOffline === 'kept entry') expect(section.offline?.entries, section.route).toBe(true);
    }
  });
});

describe('paged sections', () => {
  it('list prose, whose file names are never numbers, so signs/2 cannot be an article', () => {
    const paged = siteSections().filter((section) => section.paged);
    expect(paged.map((section) => section.route)).toEqual(['signs', 'rights', 'campaigns']);
    for (const section of paged) expect(isProseCollection(section.collection), section.route).toBe(true);
  });
});

describe('placeOfPage', () => {
  it('finds the section and entry of a path in any language', () => {
    expect(placeOfPage('/')).toEqual({ section: SITE_MAP.home });
    expect(placeOfPage('/en')).toEqual({ section: SITE_MAP.home });
    expect(placeOfPage('/en/abroad/kr')).toEqual({ section: SITE_MAP.abroad, entry: 'kr' });
    expect(placeOfPage('abroad')).toEqual({ section: SITE_MAP.abroad });
    expect(placeOfPage('/signs/scam-compounds.html')).toEqual({ section: SITE_MAP.signs, entry: 'scam-compounds' });
  });

  it('takes a number after a paged list for one of its pages, and nowhere else', () => {
    expect(placeOfPage('/signs/2')).toEqual({ section: SITE_MAP.signs, listPage: 2 });
    expect(placeOfPage('/en/rights/12.html')).toEqual({ section: SITE_MAP.rights, listPage: 12 });
    expect(placeOfPage('/campaigns/3')).toEqual({ section: SITE_MAP.campaigns, listPage: 3 });
    expect(placeOfPage('/hotlines/2')).toBeUndefined();
    expect(placeOfPage('/abroad/2')).toEqual({ section: SITE_MAP.abroad, entry: '2' });
  });

  it('reads short links in capitals too', () => {
    expect(placeOfPage('/GO/KR')).toEqual({ section: SITE_MAP.shortLinks, entry: 'KR' });
  });

  it('takes any other one-word path for a prose page', () => {
    expect(placeOfPage('/en/privacy')).toEqual({ section: PROSE_PAGE });
  });

  it('finds nothing below a page with no entries, or deeper than an entry', () => {
    expect(placeOfPage('/hotlines/x')).toBeUndefined();
    expect(placeOfPage('/abroad/kr/x')).toBeUndefined();
    expect(placeOfPage('/en/privacy/x')).toBeUndefined();
  });
});
