/**
 * The `_headers` file of Netlify and Cloudflare Pages: blocks of a URL
 * pattern followed by indented `Name: value` lines. A request takes the
 * headers of every rule whose pattern matches its path; a `*` matches any
 * run of characters, a `:name` placeholder one path segment. A `! Name`
 * line detaches a header that other matching rules set (Cloudflare Pages),
 * so a part of the site can carry a policy of its own.
 */

export type Header = readonly [name: string, value: string];

export interface HeaderRule {
  pattern: string;
  headers: readonly Header[];
  /** Headers other matching rules set that this rule's paths do without (or replace with their own). */
  detach?: readonly string[];
}

/** Writes rules as a `_headers` file, under a comment saying where it comes from. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
  const head = comment.map((line) => `# ${line}`.trimEnd());
  const blocks = rules.map(({ pattern, headers, detach = [] }) =>
    [pattern, ...detach.map((name) => `  ! ${name}`), ...headers.map(([name, value]) => `  ${name}: ${value}`)].join(
      '\n',
    ),
  );
  return `${[...(head.length > 0 ? [head.join('\n')] : []), ...blocks].join('\n\n')}\n`;
}

/** Reads a `_headers` file; throws on a line that is neither a pattern, a header nor a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Header[]; detach?: string[] }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    const detached = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    if (detached && rule) {
      rule.detach = [...(rule.detach ?? []), detached[1]!];
      return;
    }
    if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a URL pattern`);
    rule.headers.push([header[1]!, header[2]!.trim()]);
  });
  return rules;
}

function patternExpression(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** Whether a rule's pattern matches a URL path. */
export function matchesPattern(pattern: string, path: string): boolean {
  return patternExpression(pattern).test(path);
}

/**
 * The headers a request for `path` gets: those of every matching rule,
 * values of one name joined by ", ", but none that a matching rule detaches
 * except that rule's own.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Header[] {
  const matching = rules.filter((rule) => matchesPattern(rule.pattern, path));
  const detached = new Set(matching.flatMap((rule) => rule.detach ?? []).map((name) => name.toLowerCase()));
  const merged = new Map<string, Header>();
  for (const rule of matching) {
    const own = new Set((rule.detach ?? []).map((name) => name.toLowerCase()));
    for (const [name, value] of rule.headers) {
      if (detached.has(name.toLowerCase()) && !own.has(name.toLowerCase())) continue;
      const key = name.toLowerCase();
      const earlier = merged.get(key);
      merged.set(key, earlier ? [earlier[0], `${earlier[1]}, ${value}`] : [name, value]);
    }
  }
  return [...merged.values()];
}
