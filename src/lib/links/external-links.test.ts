import { describe, expect, it } from 'vitest';
import { externalLinksPlugin, isExternalHref, withNoreferrer } from './external-links.ts';

describe('external links', () => {
  it('tell other sites from this one', () => {
    expect(isExternalHref('https://x.example')).toBe(true);
    expect(isExternalHref('//x.example')).toBe(true);
    expect(isExternalHref('/abroad')).toBe(false);
    expect(isExternalHref('#who')).toBe(false);
    expect(isExternalHref('tel:102')).toBe(false);
  });

  it('add noreferrer to whatever rel held', () => {
    expect(withNoreferrer(undefined)).toEqual(['noreferrer']);
    expect(withNoreferrer(['nofollow'])).toEqual(['nofollow', 'noreferrer']);
    expect(withNoreferrer('nofollow noreferrer')).toEqual(['nofollow', 'noreferrer']);
  });

  it('mark links to other sites, and only those', () => {
    const set: [string, unknown][] = [];
    const context = {
      setProperty: (node: { properties?: { href?: unknown } }, key: string, value: unknown) =>
        set.push([`${String(node.properties?.href)} ${key}`, value]),
    };
    for (const href of ['https://legalinfo.mn/x', '/en/hotlines']) {
      externalLinksPlugin.element.visit({ type: 'element', tagName: 'a', properties: { href } }, context);
    }
    expect(set).toEqual([['https://legalinfo.mn/x rel', ['noreferrer']]]);
  });
});
