/**
 * The steps after the build read the pages with a small scanner
 * (src/lib/checks/html-scan.ts), not a full parser: on every built page it
 * must find what a full parser finds, the ids, classes, element names, links
 * and inline code the link check, the page CSS and the policies rest on.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { scanStartTags } from '../../src/lib/checks/html-scan.ts';
import { REFERENCE_ATTRIBUTES } from '../../src/lib/checks/link-check.ts';
import { builtFiles } from '../support/dist.ts';

/** The links and loads the link check follows, by element and attribute. */
const LINKS = [...REFERENCE_ATTRIBUTES];

interface Found {
  elements: string[];
  ids: string[];
  classes: string[];
  links: string[];
  scripts: string[];
  styles: string[];
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64');
const sorted = (items: Iterable<string>) => [...items].sort();

/** What the scanner finds. */
function scanned(html: string): Found {
  const found: Found = { elements: [], ids: [], classes: [], links: [], scripts: [], styles: [] };
  scanStartTags(html, (tag) => {
    found.elements.push(tag.name);
    const id = tag.attribute('id');
    if (id !== undefined) found.ids.push(id);
    found.classes.push(...(tag.attribute('class') ?? '').split(/[\t\n\f\r ]+/).filter(Boolean));
    for (const [element, attribute] of LINKS) {
      const link = element === tag.name ? tag.attribute(attribute) : undefined;
      if (link !== undefined) found.links.push(`${element} ${link} ${tag.attribute('rel') ?? ''}`);
    }
    if (tag.name === 'script' && tag.text !== undefined) found.scripts.push(digest(tag.text));
    if (tag.name === 'style' && tag.text !== undefined) found.styles.push(digest(tag.text));
  });
  return { ...found, elements: sorted(new Set(found.elements)), classes: sorted(new Set(found.classes)) };
}

/** What a full parser finds. */
function parsed(html: string): Found {
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const all = root.querySelectorAll('*');
  return {
    elements: sorted(new Set(all.map((element) => element.tagName.toLowerCase()))),
    ids: root.querySelectorAll('[id]').map((element) => element.getAttribute('id')!),
    classes: sorted(
      new Set(all.flatMap((element) => (element.getAttribute('class') ?? '').split(/[\t\n\f\r ]+/).filter(Boolean))),
    ),
    links: all.flatMap((element) =>
      LINKS.filter(
        ([name, attribute]) => element.tagName.toLowerCase() === name && element.hasAttribute(attribute),
      ).map(([name, attribute]) => `${name} ${element.getAttribute(attribute)} ${element.getAttribute('rel') ?? ''}`),
    ),
    scripts: root.querySelectorAll('script').map((script) => digest(script.rawText)),
    styles: root.querySelectorAll('style').map((style) => digest(style.rawText)),
  };
}

describe('the HTML scanner, on every built page', () => {
  const pages = builtFiles().filter((file) => file.html !== undefined);

  it.each(pages.map((page) => [page.path, page.html!]))('%s: finds what a full parser finds', (_path, html) => {
    const found = scanned(html);
    expect(found).toEqual(parsed(html));
    expect(found.links.length).toBeGreaterThan(0);
  });
});
