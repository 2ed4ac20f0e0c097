import { describe, expect, it } from 'vitest';
import { type ContentNode, policyViolations } from './mdx-policy.ts';

const jsx = (name: string, attributes: ContentNode['attributes'] = []): ContentNode => ({
  type: 'mdxJsxTextElement',
  name,
  attributes,
});
const attribute = (name: string, value: unknown = 'x') => ({ type: 'mdxJsxAttribute', name, value });
const root = (...children: ContentNode[]): ContentNode => ({
  type: 'root',
  children: [{ type: 'paragraph', children }],
});
const reasons = (tree: ContentNode) => policyViolations(tree).map((violation) => violation.reason);

describe('policyViolations', () => {
  it('allows prose, local and outside links, local images and <Call id>', () => {
    const tree = root(
      { type: 'text' },
      { type: 'link', url: '/en/hotlines', children: [] },
      { type: 'link', url: 'https://legalinfo.mn/mn/detail/9287', children: [] },
      { type: 'image', url: '/images/map.png' },
      jsx('Call', [attribute('id', 'police')]),
    );
    expect(reasons(tree)).toEqual([]);
  });

  it.each([
    [jsx('script'), '<script> is not allowed in content'],
    [jsx('iframe', [attribute('src', 'https://x.example')]), '<iframe> is not allowed'],
    [jsx('img', [attribute('src', '/a.png')]), '<img> is not allowed'],
    [
      jsx('Call', [attribute('id', 'police'), attribute('onClick')]),
      '<Call onClick>: inline event handlers are not allowed',
    ],
    [jsx('Call', [attribute('id', 'police'), attribute('class')]), '<Call> takes only id, not class'],
    [jsx('Call', [attribute('id', { type: 'expression' })]), 'the value must be plain text in quotes'],
    [jsx('Call', [{ type: 'mdxJsxExpressionAttribute' }]), 'takes no spread attributes'],
    [{ type: 'mdxTextExpression' }, '{…} expressions are not allowed'],
    [{ type: 'mdxjsEsm' }, 'imports and exports are not allowed'],
    [{ type: 'image', url: 'https://tracker.example/pixel.gif' }, 'images must be files of this site'],
    [{ type: 'image', url: '//tracker.example/pixel.gif' }, 'images must be files of this site'],
    [{ type: 'link', url: 'javascript:alert(1)', children: [] }, 'javascript: links are not allowed'],
  ])('rejects %o', (node, reason) => {
    expect(reasons(root(node)).join()).toContain(reason);
  });

  it('finds violations nested anywhere', () => {
    const nested: ContentNode = { type: 'list', children: [{ type: 'listItem', children: [root(jsx('style'))] }] };
    expect(reasons({ type: 'root', children: [nested] })).toEqual([
      '<style> is not allowed in content; the only element is <Call id="…" />',
    ]);
  });
});
