/**
 * What MDX content may contain. Editors write prose, Markdown links and
 * `<Call id="…" />`; anything that could run code, load from elsewhere or
 * bypass the contact data stops the build with the file, line and reason:
 * other components or HTML elements (`<script>`, `<iframe>`, `<img>`),
 * attributes beyond `id` (inline event handlers), `{…}` expressions,
 * imports and exports, images from other sites and `javascript:` links.
 * The content loader applies it to every file (src/lib/content/prose-source.ts).
 */

/** The parts of an mdast / MDX node this policy reads. */
export interface ContentNode {
  type: string;
  name?: string | null;
  url?: string;
  /** JSX attributes: a list of `{ type, name, value }` (directives use another shape, which the policy ignores). */
  attributes?: unknown;
  children?: readonly ContentNode[];
  position?: { start: { line: number; column: number } };
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface PolicyViolation {
  node: ContentNode;
  reason: string;
}

/** Components content may use, with the attributes each accepts. */
const ALLOWED_COMPONENTS: Record<string, readonly string[]> = { Call: ['id'] };

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function check(node: ContentNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'imports and exports are not allowed in content';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '{…} expressions are not allowed in content; write the text itself';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const allowed = ALLOWED_COMPONENTS[name];
      if (!allowed) return `<${name || '>'}> is not allowed in content; the only element is <Call id="…" />`;
      const attributes = (Array.isArray(node.attributes) ? node.attributes : []) as JsxAttribute[];
      for (const attribute of attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return `<${name}> takes no spread attributes`;
        if (/^on/i.test(attribute.name)) return `<${name} ${attribute.name}>: inline event handlers are not allowed`;
        if (!allowed.includes(attribute.name))
          return `<${name}> takes only ${allowed.join(', ')}, not ${attribute.name}`;
        if (typeof attribute.value !== 'string')
          return `<${name} ${attribute.name}>: the value must be plain text in quotes`;
      }
      return undefined;
    }
    case 'image':
    case 'imageReference':
      return node.url !== undefined && isExternal(node.url)
        ? `images must be files of this site; "${node.url}" would load from elsewhere`
        : undefined;
    case 'link':
      return node.url !== undefined && /^\s*javascript:/i.test(node.url)
        ? 'javascript: links are not allowed'
        : undefined;
    default:
      return undefined;
  }
}

/** Every violation in a tree, in document order. */
export function policyViolations(tree: ContentNode): PolicyViolation[] {
  const found: PolicyViolation[] = [];
  const visit = (node: ContentNode) => {
    const reason = check(node);
    if (reason) found.push({ node, reason });
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}
