import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../../src/lib/content/twins.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { PageSchema } from '../../../src/schemas/page.ts';
import {
  articleMdx,
  articleSlug,
  frontmatterProblems,
  seededRandom,
  siteFiles,
  starlightFiles,
  syntheticArticle,
  syntheticArticles,
} from './synthetic-content.ts';

/** Splits an MDX file into its frontmatter, parsed as the JSON strings and numbers it is written with, and its body. */
function parseMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  const data = Object.fromEntries(
    match[1]!.split('\n').map((line) => {
      const colon = line.indexOf(': ');
      return [line.slice(0, colon), JSON.parse(line.slice(colon + 2)) as unknown];
    }),
  );
  return { data, body: match[2]! };
}

const MARKDOWN_LINK = /\]\(([^)]+)\)/g;

describe('seededRandom', () => {
  it('repeats its numbers for a seed and stays in [0, 1)', () => {
    const [a, b] = [seededRandom(42), seededRandom(42)];
    const numbers = Array.from({ length: 1000 }, () => a());
    expect(numbers).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(numbers.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(numbers[0]);
  });
});

describe('syntheticArticles', () => {
  it('is deterministic, and article n does not depend on how many are generated', () => {
    expect(syntheticArticles(30, 7)).toEqual(syntheticArticles(30, 7));
    expect(syntheticArticles(30, 7)).not.toEqual(syntheticArticles(30, 8));
    const [few, many] = [syntheticArticle(5, 10), syntheticArticle(5, 1000)];
    expect(few.title).toEqual(many.title);
    expect(few.description).toEqual(many.description);
  });

  it('numbers slugs so they sort in order and stay valid file names', () => {
    expect(articleSlug(7, 100)).toBe('bench-0007');
    expect(articleSlug(7, 12000)).toBe('bench-00007');
    const slugs = syntheticArticles(1000).map((a) => a.slug);
    expect(new Set(slugs).size).toBe(1000);
    expect(slugs).toEqual([...slugs].sort());
    expect(slugs.every((slug) => SLUG_PATTERN.test(slug))).toBe(true);
  });

  it('keeps every title and description within the site’s limits', () => {
    expect(syntheticArticles(1000).flatMap(frontmatterProblems)).toEqual([]);
  });
});

describe('siteFiles', () => {
  const articles = syntheticArticles(50);
  const files = siteFiles(articles);

  it('writes every article with its twin of the same name and order', () => {
    expect(files.size).toBe(100);
    for (const { slug } of articles) {
      const mn = parseMdx(files.get(`content/signs/mn/${slug}.mdx`)!);
      const en = parseMdx(files.get(`content/signs/en/${slug}.mdx`)!);
      expect(mn.data.order).toBe(en.data.order);
      expect(ArticleSchema().safeParse(mn.data).success).toBe(true);
      expect(ArticleSchema().safeParse(en.data).success).toBe(true);
    }
  });

  it('writes Mongolian in Cyrillic and English in Latin letters, with the same structure', () => {
    const slug = articles[0]!.slug;
    const mn = files.get(`content/signs/mn/${slug}.mdx`)!;
    const en = files.get(`content/signs/en/${slug}.mdx`)!;
    expect(parseMdx(mn).body).toMatch(/[өүӨҮ]/);
    expect(parseMdx(en).body).not.toMatch(/[а-яөү]/i);
    const shape = (text: string) => text.split('\n').map((line) => line.match(/^(## |- |)/)![0]);
    expect(shape(mn)).toEqual(shape(en));
  });

  it('holds only what content may hold: prose, links and <Call id="police" />', () => {
    for (const text of files.values()) {
      const { body } = parseMdx(text);
      expect(body).not.toMatch(/[{}]|<(?!Call id="police" \/>)/);
      expect(body.match(/<Call /g)).toHaveLength(1);
      expect(body).not.toMatch(/^\s*(import|export)\s/m);
    }
  });

  it('links only to articles that exist, the list of signs in the same language and known sources', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    for (const [file, text] of files) {
      const english = file.includes('/en/');
      for (const [, href] of text.matchAll(MARKDOWN_LINK)) {
        if (href!.startsWith('https://')) {
          expect(['consul.mn', 'gia.gov.mn', 'refworld.org', 'ecoi.net']).toContain(new URL(href!).hostname);
          continue;
        }
        const match = /^(\/en)?\/signs(?:\/(bench-\d+))?$/.exec(href!);
        expect(match, href).not.toBeNull();
        expect(Boolean(match![1])).toBe(english);
        if (match![2]) expect(slugs.has(match![2])).toBe(true);
      }
    }
  });
});

describe('starlightFiles', () => {
  const articles = syntheticArticles(20);
  const files = starlightFiles(articles);

  it('puts Mongolian at the root and English under en/, with a home page and a list in each', () => {
    expect(files.size).toBe(2 * (20 + 2));
    expect(files.has('src/content/docs/index.mdx')).toBe(true);
    expect(files.has('src/content/docs/en/signs/index.mdx')).toBe(true);
    expect(files.has(`src/content/docs/signs/${articles[3]!.slug}.mdx`)).toBe(true);
    expect(files.has(`src/content/docs/en/signs/${articles[3]!.slug}.mdx`)).toBe(true);
    const list = files.get('src/content/docs/en/signs/index.mdx')!;
    expect(list.match(/^- \[/gm)).toHaveLength(20);
  });

  it('converts the frontmatter and the call, and writes Starlight’s URLs', () => {
    const article = articles[0]!;
    const starlight = files.get(`src/content/docs/en/signs/${article.slug}.mdx`)!;
    const { data, body } = parseMdx(starlight);
    expect(data).toEqual({ title: article.title.en, description: article.description.en });
    expect(PageSchema().safeParse(data).success).toBe(true);
    expect(body).not.toContain('<Call');
    expect(body).toContain('[102](tel:102)');
    for (const [, href] of body.matchAll(MARKDOWN_LINK)) {
      if (href!.startsWith('/')) expect(href).toMatch(/^\/en\/signs\/(bench-\d+\/)?$/);
    }
    // Only the frontmatter and the call differ from this site's article.
    const site = articleMdx(article, 'en', 'site');
    const normalise = (text: string) =>
      parseMdx(text)
        .body.replace('<Call id="police" />', '[102](tel:102)')
        .replace(/\]\((\/[^)]*?)\/?\)/g, ']($1)');
    expect(normalise(starlight)).toBe(normalise(site));
  });
});
