/**
 * The part of the site's stylesheet a page can use. Every page carries its CSS
 * inline, so that one response renders it; this keeps only the rules whose
 * selectors can match the page's classes and elements, and the custom properties those
 * rules read, so a page does not carry the rules of every other page.
 *
 * Conservative by design: a rule is dropped only when its selector needs a
 * class or an element the page does not have (or a part only a form control
 * has, on a page with none). Attribute, id and pseudo-class selectors are
 * taken to match, nothing inside `:not()` rules a selector out, and at-rules
 * this does not know are kept as they are. What scripts add to a page when it
 * runs is not in its HTML: the caller adds it (see runtime-vocabulary.ts).
 */
import { transform } from 'lightningcss';
import type { CustomAtRules, Selector, SelectorComponent, StyleSheet, Visitor } from 'lightningcss';
import { scanStartTags, type StartTag } from '../checks/html-scan.ts';

type Rule = StyleSheet['rules'][number];
/** A rule of one of the kinds that hold other rules. */
type GroupKind = 'media' | 'supports' | 'layer-block' | 'container' | 'starting-style' | 'scope' | 'moz-document';
const GROUPS = new Set<string>([
  'media',
  'supports',
  'layer-block',
  'container',
  'starting-style',
  'scope',
  'moz-document',
] satisfies GroupKind[]);

/** Pseudo-classes that match when one of their selectors does. */
const ANY_OF = new Set(['is', 'where', 'any', 'matches', 'has']);

/** Parses CSS into lightningcss's syntax tree; `name` says which CSS an error is about. */
export function parseStylesheet(css: string, name = 'stylesheet.css'): StyleSheet {
  let sheet: StyleSheet | undefined;
  const visitor: Visitor<CustomAtRules> = {
    StyleSheet(parsed) {
      sheet = parsed;
    },
  };
  transform({ filename: name, code: Buffer.from(css), visitor });
  if (!sheet) throw new Error(`${name}: lightningcss gave no syntax tree`);
  return sheet;
}

/** What a page holds that selectors can need: the classes and the element names (lower case) of its elements. */
export interface PageVocabulary {
  classes: ReadonlySet<string>;
  elements: ReadonlySet<string>;
}

/** Pseudo-elements only a form control has, with the elements that have them. */
function pseudoElementHosts(component: SelectorComponent): readonly string[] | undefined {
  if (component.type !== 'pseudo-element') return undefined;
  if (component.kind === 'file-selector-button') return ['input'];
  if (component.kind === 'placeholder') return ['input', 'textarea'];
  if (component.kind === 'custom' && FORM_CONTROL_PARTS.test(component.name)) return ['input'];
  return undefined;
}
const FORM_CONTROL_PARTS =
  /^-webkit-(datetime-edit|date-and-time-value|calendar-picker-indicator|inner-spin-button|outer-spin-button|search-)/;

/** Whether `selector` can match some element of a page that holds `page`. */
export function selectorCanMatch(selector: Selector, page: PageVocabulary): boolean {
  return selector.every((component) => componentCanMatch(component, page));
}

function componentCanMatch(component: SelectorComponent, page: PageVocabulary): boolean {
  if (component.type === 'class') return page.classes.has(component.name);
  if (component.type === 'type') return page.elements.has(component.name.toLowerCase());
  if (component.type === 'pseudo-class' && ANY_OF.has(component.kind) && 'selectors' in component) {
    return (component.selectors as Selector[]).some((inner) => selectorCanMatch(inner, page));
  }
  const hosts = pseudoElementHosts(component);
  if (hosts) return hosts.some((host) => page.elements.has(host));
  // `:not(.x)`, `:nth-child(… of .x)`, attribute, id, other pseudo-classes and -elements, nesting: taken to match.
  return true;
}

/** The style rules and groups of `rules` that can match on the page, selector lists cut to the selectors that can. */
function keepMatching(rules: readonly Rule[], page: PageVocabulary): Rule[] {
  const kept: Rule[] = [];
  for (const rule of rules) {
    if (rule.type === 'style') {
      const selectors = rule.value.selectors.filter((selector) => selectorCanMatch(selector, page));
      if (selectors.length === 0) continue;
      const nested = keepMatching(rule.value.rules ?? [], page);
      kept.push({ ...rule, value: { ...rule.value, selectors, rules: nested } } as Rule);
    } else if (GROUPS.has(rule.type)) {
      const inner = keepMatching(groupRules(rule), page);
      if (inner.length > 0) kept.push(withRules(rule, inner));
    } else {
      kept.push(rule);
    }
  }
  return kept;
}

/** Calls `visit` with every object inside `value`, depth first. */
function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value !== null && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

type StyleRuleValue = Extract<Rule, { type: 'style' }>['value'];
type Declaration = NonNullable<NonNullable<StyleRuleValue['declarations']>['declarations']>[number];

/** A style rule's declarations, important or not. */
function declarationLists(value: StyleRuleValue): { normal: Declaration[]; important: Declaration[] } {
  return {
    normal: value.declarations?.declarations ?? [],
    important: value.declarations?.importantDeclarations ?? [],
  };
}

/** The rules a group (`@media`, `@layer` …) holds. */
function groupRules(rule: Rule): Rule[] {
  return (rule as { value: { rules: Rule[] } }).value.rules;
}

/** `group` holding `rules` instead of its own. */
function withRules(group: Rule, rules: Rule[]): Rule {
  const { value } = group as { value: object };
  return { ...group, value: { ...value, rules } } as Rule;
}

/** The custom property a declaration sets (`--tw-leading`), if it sets one. */
function customPropertyName(declaration: Declaration): string | undefined {
  if (declaration.property !== 'custom') return undefined;
  const name = (declaration.value as { name: string }).name;
  return name.startsWith('--') ? name : undefined;
}

/** The names of the custom properties `value` reads with `var()`. */
function readVariables(value: unknown): string[] {
  const names: string[] = [];
  walk(value, (node) => {
    if (node.type !== 'var') return;
    const name = (node.value as { name?: { ident?: unknown } } | undefined)?.name?.ident;
    if (typeof name === 'string') names.push(name);
  });
  return names;
}

/** Every declaration of the style rules in `rules`, nested ones included. */
function declarationsOf(rules: readonly Rule[]): Declaration[] {
  const found: Declaration[] = [];
  walk(rules, (node) => {
    if (node.type === 'style') {
      const { normal, important } = declarationLists(node.value as StyleRuleValue);
      found.push(...normal, ...important);
    }
  });
  return found;
}

/**
 * The custom properties the rules read: those a declaration other than a
 * custom property's reads, then those the custom properties so read read in turn.
 */
function readCustomProperties(rules: readonly Rule[]): Set<string> {
  const declarations = declarationsOf(rules);
  const setBy = new Map<string, Declaration[]>();
  const read = new Set<string>();
  for (const declaration of declarations) {
    const name = customPropertyName(declaration);
    if (name === undefined) readVariables(declaration).forEach((each) => read.add(each));
    else setBy.set(name, [...(setBy.get(name) ?? []), declaration]);
  }
  const pending = [...read];
  while (pending.length > 0) {
    for (const setting of setBy.get(pending.pop()!) ?? []) {
      for (const name of readVariables(setting).filter((each) => !read.has(each))) {
        read.add(name);
        pending.push(name);
      }
    }
  }
  return read;
}

/** The words (identifiers, strings) the declarations hold: a `@keyframes` is kept when its name is one of them. */
function declaredWords(rules: readonly Rule[]): Set<string> {
  const words = new Set<string>();
  walk(declarationsOf(rules), (node) => {
    for (const value of Object.values(node)) if (typeof value === 'string') words.add(value);
  });
  return words;
}

/** Whether a group rule holds nothing left to print: its rules all removed or emptied. */
function isEmptyGroup(rule: Rule): boolean {
  return groupRules(rule).every((inner) => {
    if (inner.type === 'ignored') return true;
    if (inner.type !== 'style') return GROUPS.has(inner.type) && isEmptyGroup(inner);
    const { normal, important } = declarationLists(inner.value);
    return normal.length + important.length === 0 && (inner.value.rules ?? []).length === 0;
  });
}

/**
 * The part of `css` a page that holds `page` can use: the rules
 * whose selectors can match (of a selector list, the selectors that can),
 * then only the custom properties, `@property` registrations and
 * `@keyframes` those rules use. Groups (`@media`, `@supports`) left empty go;
 * an emptied `@layer` block stays as an `@layer` statement, so the layers keep
 * their order. `sheet` is `css` parsed, when the caller has it already.
 *
 * What is kept is printed from the original CSS, not from the syntax tree:
 * lightningcss's tree loses whether a number in a custom property was an
 * integer (`3` would come back as `3.0`).
 */
export function usedCss(css: string, page: PageVocabulary, sheet = parseStylesheet(css)): string {
  const matching = keepMatching(sheet.rules, page);
  const read = readCustomProperties(matching);
  const words = declaredWords(matching);
  const visitor: Visitor<CustomAtRules> = {
    Rule: {
      style: (rule) => (rule.value.selectors.some((selector) => selectorCanMatch(selector, page)) ? undefined : []),
      property: (rule) => (read.has(rule.value.name) ? undefined : []),
      keyframes: (rule) => (words.has(rule.value.name.value) ? undefined : []),
    },
    Selector: (selector) => (selectorCanMatch(selector, page) ? undefined : []),
    Declaration: {
      custom: (declaration) => (!declaration.name.startsWith('--') || read.has(declaration.name) ? undefined : []),
    },
    RuleExit: (rule) => {
      if (!GROUPS.has(rule.type) || !isEmptyGroup(rule)) return undefined;
      if (rule.type === 'layer-block' && rule.value.name) {
        return { type: 'layer-statement', value: { names: [rule.value.name], loc: rule.value.loc } };
      }
      return [];
    },
  };
  return transform({ filename: 'used.css', code: Buffer.from(css), minify: true, visitor }).code.toString();
}

/** Elements every page has, whether or not its HTML writes their tags. */
const IMPLIED_ELEMENTS = ['html', 'head', 'body'];
/** What separates the classes of a `class` attribute: ASCII whitespace. */
const CLASS_SEPARATOR = /[\t\n\f\r ]+/;

/** A vocabulary being gathered, from a page or from every page of a kind. */
export interface Vocabulary {
  classes: Set<string>;
  elements: Set<string>;
}

/** A page vocabulary with nothing in it but the elements every page has. */
export function emptyVocabulary(): Vocabulary {
  return { classes: new Set(), elements: new Set(IMPLIED_ELEMENTS) };
}

/** Adds the name and the classes of `tag` to `vocabulary`. */
export function addToVocabulary(tag: StartTag, vocabulary: Vocabulary): void {
  vocabulary.elements.add(tag.name);
  const value = tag.attribute('class');
  if (!value) return;
  for (const name of value.split(CLASS_SEPARATOR)) if (name) vocabulary.classes.add(name);
}

/**
 * Adds what `page` holds to `into`; each new name through `keep`, for a
 * caller that keeps them longer than the page.
 */
export function mergeVocabulary(into: Vocabulary, page: PageVocabulary, keep: (text: string) => string): void {
  for (const name of page.classes) if (!into.classes.has(name)) into.classes.add(keep(name));
  for (const name of page.elements) if (!into.elements.has(name)) into.elements.add(keep(name));
}

/** The classes in the `class` attributes of `html`, and the names of its elements (lower case). */
export function pageVocabulary(html: string): Vocabulary {
  const vocabulary = emptyVocabulary();
  scanStartTags(html, (tag) => addToVocabulary(tag, vocabulary));
  return vocabulary;
}
