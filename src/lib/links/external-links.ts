/**
 * Marks every link to another site in MDX content `rel="noreferrer"`, so the
 * site it leads to learns nothing of where the reader came from.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href) || href.startsWith('//');
}

/** `rel` with `noreferrer` added to whatever it held. */
export function withNoreferrer(rel: unknown): string[] {
  const values = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  return [...new Set([...values, 'noreferrer'])];
}

/** As a Sätteri hast plugin, for Astro's Markdown and MDX processor. */
export const externalLinksPlugin = {
  name: 'external-links-noreferrer',
  element: {
    filter: ['a'],
    visit(node: HastNode, context: { setProperty(node: HastNode, key: string, value: unknown): void }): undefined {
      const href = node.properties?.href;
      if (typeof href === 'string' && isExternalHref(href)) {
        context.setProperty(node, 'rel', withNoreferrer(node.properties?.rel));
      }
      return undefined;
    },
  },
};
