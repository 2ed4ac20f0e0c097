import { describe, expect, it } from 'vitest';
import { pairTwins } from './twins.ts';

const files = (...names: string[]) => names.map((file) => ({ file, value: file }));

describe('pairTwins', () => {
  it('pairs Mongolian and English files of the same slug', () => {
    const { pairs, problems } = pairTwins(
      'content/pages',
      files('mn/about.mdx', 'en/about.mdx', 'en/safety.mdx', 'mn/safety.mdx'),
    );
    expect(problems).toEqual([]);
    expect([...pairs.keys()]).toEqual(['about', 'safety']);
    expect(pairs.get('safety')).toEqual({ mn: 'mn/safety.mdx', en: 'en/safety.mdx' });
  });

  it('names the file without a twin and the file to add', () => {
    const { pairs, problems } = pairTwins('content/pages', files('mn/about.mdx', 'en/about.mdx', 'en/privacy.mdx'));
    expect([...pairs.keys()]).toEqual(['about']);
    expect(problems).toEqual([
      'content/pages/en/privacy.mdx: has no twin in Mongolian; add content/pages/mn/privacy.mdx',
    ]);
  });

  it('rejects files outside a language folder', () => {
    const { problems } = pairTwins('content/pages', files('ru/about.mdx', 'about.mdx'));
    expect(problems).toEqual([
      'content/pages/ru/about.mdx: must be in a language folder, mn/ or en/',
      'content/pages/about.mdx: must be in a language folder, mn/ or en/',
    ]);
  });

  it('rejects slugs that are not lowercase ASCII', () => {
    const { problems } = pairTwins('content/pages', files('mn/Тухай.mdx', 'en/Staying_Safe.mdx'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/pages\/mn\/Тухай\.mdx: file name "Тухай" must be lowercase ASCII/);
    expect(problems[1]).toMatch(/^content\/pages\/en\/Staying_Safe\.mdx: file name/);
  });

  it('rejects slugs of digits only, which would take the path of a list page', () => {
    const { problems } = pairTwins(
      'content/signs',
      files('mn/2.mdx', 'en/2.mdx', 'mn/10-steps.mdx', 'en/10-steps.mdx'),
    );
    expect(problems).toEqual([
      'content/signs/mn/2.mdx: file name "2" is only digits: a number after a list’s path names one of its pages; add a word, such as "2-steps"',
      'content/signs/en/2.mdx: file name "2" is only digits: a number after a list’s path names one of its pages; add a word, such as "2-steps"',
    ]);
  });

  it('rejects a slug used twice in one language', () => {
    const { problems } = pairTwins('content/pages', files('mn/about.mdx', 'mn/about.md', 'en/about.mdx'));
    expect(problems).toEqual(['content/pages/mn/about.md: the slug "about" is used twice in mn/']);
  });
});
