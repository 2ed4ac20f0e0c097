/**
 * Lists that grow with the content stay light however long they get. This
 * builds a copy of the site with 50 more warning signs in every language
 * (the benchmark's synthetic articles; the benchmark runs the same page
 * budget over its builds of 1,000 and more) and checks the paged lists of the
 * site map: each page within the first-render budget, holding its share of
 * the articles in order, linked to its neighbours in the page and in the
 * head, and every page in the sitemap. A list that still fits on one page
 * (the rights) stays one page with no page links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFiles, syntheticArticles } from '../../scripts/lib/bench/synthetic-content.ts';
import { listFiles } from '../../src/lib/checks/built-files.ts';
import { FIRST_RENDER_BUDGET, weighPage } from '../../src/lib/checks/page-budget.ts';
import { candidateFiles } from '../../src/lib/host/static-host.ts';
import { LOCALES, localePath } from '../../src/lib/locales.ts';
import { LIST_PAGE_SIZE, listPageCount, listPagePath } from '../../src/lib/pages/list-pages.ts';
import { SITE_MAP, siteSections } from '../../src/lib/site-map.ts';
import { ProjectCopy } from './project-copy.ts';

const ADDED = 50;
const added = syntheticArticles(ADDED);

const project = new ProjectCopy();
afterAll(() => project.dispose());

/** How many articles each paged section had before the synthetic ones were added. */
const before = new Map<string, number>();
beforeAll(async () => {
  for (const section of siteSections().filter((each) => each.paged)) {
    before.set(section.route, readdirSync(join(project.root, 'content', section.collection!, 'mn')).length);
  }
  for (const [file, text] of siteFiles(added)) project.write(file, text);
  // Without blocking: many articles print more than a blocking build's output may hold.
  const result = await project.buildInParallel();
  expect(result.status, result.output).toBe(0);
}, 1_800_000);

const dist = () => join(project.root, 'dist');
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);
const html = (path: string) => readFileSync(join(dist(), fileOf(path)), 'utf8');

describe('a list of 50 more warning signs per language', () => {
  const route = SITE_MAP.signs.route;
  const total = () => before.get(route)! + ADDED;
  const count = () => listPageCount(total());

  it('runs over pages of the chosen size at /signs, /signs/2 …, and no further', () => {
    expect(count()).toBe(Math.ceil(total() / LIST_PAGE_SIZE));
    for (const locale of LOCALES) {
      for (let number = 1; number <= count(); number++) {
        expect(existsSync(join(dist(), fileOf(localePath(locale, listPagePath(route, number)))))).toBe(true);
      }
      expect(existsSync(join(dist(), fileOf(localePath(locale, `${route}/${count() + 1}`))))).toBe(false);
      expect(existsSync(join(dist(), fileOf(localePath(locale, `${route}/1`))))).toBe(false);
    }
  });

  it('keeps every page within the first-render budget', () => {
    const files = listFiles(dist());
    const readFile = (url: string) => {
      const file = candidateFiles(url).find((candidate) => files.includes(candidate));
      return file ? readFileSync(join(dist(), file)) : undefined;
    };
    let heaviest = { path: '', firstRender: 0 };
    for (const locale of LOCALES) {
      for (let number = 1; number <= count(); number++) {
        const path = localePath(locale, listPagePath(route, number));
        const weight = weighPage(path, html(path), readFile);
        expect(weight.problems, path).toEqual([]);
        expect(weight.firstRender, path).toBeLessThanOrEqual(FIRST_RENDER_BUDGET);
        if (weight.firstRender > heaviest.firstRender) heaviest = weight;
      }
    }
    console.info(
      `The heaviest of ${count()} pages of signs per language: ${heaviest.path}, ${heaviest.firstRender} B.`,
    );
  });

  it('links every article once, in order, a page’s share on each page', () => {
    for (const locale of LOCALES) {
      const articlePrefix = `${localePath(locale, route)}/`;
      const linked = Array.from({ length: count() }, (_, i) => {
        const main = parse(html(localePath(locale, listPagePath(route, i + 1)))).querySelector('main ul')!;
        const links = main.querySelectorAll('li > a').map((link) => link.getAttribute('href')!);
        expect(links.length).toBe(i + 1 < count() ? LIST_PAGE_SIZE : total() - (count() - 1) * LIST_PAGE_SIZE);
        return links;
      }).flat();
      expect(linked.every((href) => href.startsWith(articlePrefix))).toBe(true);
      expect(new Set(linked).size).toBe(total());
      // The synthetic articles come after the real ones, in their numbers' order.
      const synthetic = linked.slice(before.get(route));
      expect(synthetic).toEqual(added.map((article) => `${articlePrefix}${article.slug}`));
    }
  });

  it('links each page to the one before and after, in the page and in the head, and says which page it is', () => {
    for (const locale of LOCALES) {
      for (const number of [1, 2, count() - 1, count()]) {
        const path = localePath(locale, listPagePath(route, number));
        const page = parse(html(path));
        const previous = number > 1 ? localePath(locale, listPagePath(route, number - 1)) : undefined;
        const next = number < count() ? localePath(locale, listPagePath(route, number + 1)) : undefined;
        const nav = page.querySelector('main nav[aria-label]')!;
        expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href'), path).toBe(previous);
        expect(nav.querySelector('a[rel="next"]')?.getAttribute('href'), path).toBe(next);
        expect(page.querySelector('head link[rel="prev"]')?.getAttribute('href'), path).toBe(previous);
        expect(page.querySelector('head link[rel="next"]')?.getAttribute('href'), path).toBe(next);
        expect(nav.querySelector('p')!.text).toContain(String(count()));
        expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`${path}$`));
      }
    }
    expect(parse(html(listPagePath(`/${route}`, 2))).querySelector('title')!.text).toContain('2-р хуудас');
    expect(parse(html(localePath('en', listPagePath(route, 2)))).querySelector('title')!.text).toContain('page 2');
  });

  it('lists every page in the sitemap', () => {
    const sitemap = readdirSync(dist())
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(dist(), file), 'utf8'))
      .join('');
    for (const locale of LOCALES) {
      expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${localePath(locale, listPagePath(route, count()))}</loc>`));
    }
  });
});

describe('a list that fits on one page', () => {
  it('stays one page, without page links', () => {
    const route = SITE_MAP.rights.route;
    expect(before.get(route)).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    for (const locale of LOCALES) {
      const page = parse(html(localePath(locale, route)));
      expect(page.querySelector('main nav')).toBeNull();
      expect(page.querySelector('link[rel="next"]')).toBeNull();
      expect(existsSync(join(dist(), fileOf(localePath(locale, listPagePath(route, 2)))))).toBe(false);
    }
  });
});
