import type { Selector, StyleSheet } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { pageType } from '../../src/lib/checks/page-budget.ts';
import { inlineStyles, withoutInlineStyles } from '../../src/lib/host/inline-code.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';
import { RUNTIME_VOCABULARY } from '../../src/lib/pages/runtime-vocabulary.ts';
import {
  type PageVocabulary,
  pageVocabulary,
  parseStylesheet,
  selectorCanMatch,
} from '../../src/lib/pages/used-css.ts';
import { builtFiles } from '../support/dist.ts';

type Rule = StyleSheet['rules'][number];

const pages = builtFiles()
  .filter((file) => file.html !== undefined)
  .map(({ path, html }) => {
    const vocabulary = pageVocabulary(withoutInlineStyles(html!));
    RUNTIME_VOCABULARY.classes.forEach((name) => vocabulary.classes.add(name));
    RUNTIME_VOCABULARY.elements.forEach((name) => vocabulary.elements.add(name));
    return { path: pagePath(path), type: pageType(pagePath(path)), styles: inlineStyles(html!), vocabulary };
  });

const sheets = new Map<string, StyleSheet>();
const parsed = (css: string) => sheets.get(css) ?? sheets.set(css, parseStylesheet(css)).get(css)!;

/** Each style rule of `rules` with the at-rules around it, as text that is the same in every stylesheet. */
function styleRules(rules: readonly Rule[], context = ''): { key: string; selector: Selector; styles: boolean }[] {
  return rules.flatMap((rule) => {
    if (rule.type === 'style') {
      const declarations = rule.value.declarations?.declarations ?? [];
      // Whether it sets anything but custom properties, which each stylesheet keeps only where they are read.
      const styles = declarations.some((declaration) => declaration.property !== 'custom');
      return rule.value.selectors.map((selector) => ({
        key: `${context} ${JSON.stringify(selector)}`,
        selector,
        styles,
      }));
    }
    if (!('value' in rule) || !rule.value || !('rules' in rule.value) || !Array.isArray(rule.value.rules)) return [];
    const { rules: inner, loc: _loc, ...prelude } = rule.value as { rules: Rule[]; loc?: unknown };
    return styleRules(inner, `${context} @${rule.type} ${JSON.stringify(prelude)}`);
  });
}

const union = (vocabularies: PageVocabulary[]): PageVocabulary => ({
  classes: new Set(vocabularies.flatMap((each) => [...each.classes])),
  elements: new Set(vocabularies.flatMap((each) => [...each.elements])),
});

describe("every page's inline CSS", () => {
  const kinds = [...new Set(pages.map((page) => page.type))];
  const kindVocabulary = new Map(
    kinds.map((kind) => [kind, union(pages.filter((page) => page.type === kind).map((page) => page.vocabulary))]),
  );

  it('is one stylesheet for each kind of page, at most', () => {
    const stylesheets = new Set(pages.flatMap((page) => page.styles));
    expect(pages.every((page) => page.styles.length === 1)).toBe(true);
    expect(stylesheets.size).toBeLessThanOrEqual(kinds.length);
  });

  it.each(kinds)('of a %s has no rule for a class or element no page of its kind holds', (kind) => {
    const css = new Set(pages.filter((page) => page.type === kind).flatMap((page) => page.styles));
    const vocabulary = kindVocabulary.get(kind)!;
    const unmatched = [...css].flatMap((text) =>
      styleRules(parsed(text).rules)
        .filter(({ selector }) => !selectorCanMatch(selector, vocabulary))
        .map(({ key }) => key),
    );
    expect(unmatched).toEqual([]);
  });

  it('keeps every rule some page of the site has that can match the page', () => {
    const site = [...new Set(pages.flatMap((page) => page.styles))].flatMap((css) =>
      styleRules(parsed(css).rules).filter(({ styles }) => styles),
    );
    const missing = pages.flatMap((page) => {
      const own = new Set(page.styles.flatMap((css) => styleRules(parsed(css).rules).map(({ key }) => key)));
      const needed = site.filter(({ selector }) => selectorCanMatch(selector, page.vocabulary));
      return [...new Set(needed.map(({ key }) => key))]
        .filter((key) => !own.has(key))
        .map((key) => `${page.path}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it("leaves out another kind's rules: an article carries none of the self-check's", () => {
    const article = pages.find((page) => page.type === 'sign article')!;
    const check = pages.find((page) => page.type === 'check')!;
    expect(check.styles[0]).toContain('.verdict-box');
    expect(article.styles[0]).not.toContain('.verdict-box');
    expect(article.styles[0]!.length).toBeLessThan(check.styles[0]!.length);
  });
});
