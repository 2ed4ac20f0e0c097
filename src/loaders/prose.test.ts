import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { markdownToHtml } from 'satteri';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../lib/content/content-error.ts';
import { proseFolder } from './prose.ts';

/** A project folder with the files the loader hashes, and a content folder of MDX files. */
let root: string;
const RENDERING_CODE = ['astro.config.mjs', 'package-lock.json', 'src/loaders/prose.ts'];
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'prose-loader-'));
  for (const file of [
    ...RENDERING_CODE,
    'src/lib/content/frontmatter.ts',
    'src/lib/content/prose-source.ts',
    'src/lib/content/call-markers.ts',
    'src/lib/checks/mdx-policy.ts',
    'src/lib/links/external-links.ts',
  ]) {
    write(file, `// ${file}`);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What the loader stores of an entry. */
interface StoredEntry {
  id: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
  data: unknown;
}

/** The parts of Astro's loader context the loader uses, over a plain map; counts renders. */
function fakeContext() {
  const entries = new Map<string, StoredEntry>();
  let renders = 0;
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => {
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    renderMarkdown: async (markdown: string) => {
      renders += 1;
      return { html: markdownToHtml(markdown).html, metadata: { headings: [] } };
    },
    logger: { error: () => {} },
  };
  return { context: context as unknown as LoaderContext, entries, renders: () => renders };
}

describe('proseFolder', () => {
  it('loads every MDX file as an entry named by its path, rendered with a marker for each call', async () => {
    write('content/signs/en/a-sign.mdx', '---\ntitle: A\n---\n\nCall <Call id="police" />.\n');
    write('content/signs/mn/a-sign.mdx', '---\ntitle: Б\n---\n\nДуудах.\n');
    const { context, entries } = fakeContext();
    await proseFolder('content/signs').load(context);
    expect([...entries.keys()]).toEqual(['en/a-sign', 'mn/a-sign']);
    const en = entries.get('en/a-sign')!;
    expect(en.filePath).toBe('content/signs/en/a-sign.mdx');
    expect(en.data).toEqual({ title: 'A' });
    expect(entries.get('mn/a-sign')?.data).toEqual({ title: 'Б' });
    expect(en.rendered?.html).toMatch(/^<p>Call \uE000[0-9a-f]+\uE001\.<\/p>$/);
  });

  it('renders again only what changed, and forgets files that are gone', async () => {
    write('content/signs/en/a.mdx', '---\ntitle: A\n---\nOne.\n');
    write('content/signs/en/b.mdx', '---\ntitle: B\n---\nTwo.\n');
    const { context, entries, renders } = fakeContext();
    const loader = proseFolder('content/signs');
    await loader.load(context);
    expect(renders()).toBe(2);
    write('content/signs/en/b.mdx', '---\ntitle: B\n---\nTwo, changed.\n');
    rmSync(join(root, 'content/signs/en/a.mdx'));
    await loader.load(context);
    expect(renders()).toBe(3);
    expect([...entries.keys()]).toEqual(['en/b']);
    // A change to the code that renders content renders everything again.
    write('src/lib/checks/mdx-policy.ts', '// changed');
    await loader.load(context);
    expect(renders()).toBe(4);
  });

  it('stops with every file’s problems at once, by file and line', async () => {
    write('content/signs/en/0.mdx', '---\ntitle: [unclosed\n---\n\nText.\n');
    write('content/signs/en/a.mdx', '---\ntitle: A\n---\n\nToday is {new Date()}.\n');
    write('content/signs/en/b.mdx', '---\ntitle: B\n---\n\n<iframe src="x" />\n');
    write('content/signs/en/c.mdx', '---\ntitle: C\n---\n\nFine.\n\n    indented text\n');
    const error = await proseFolder('content/signs')
      .load(fakeContext().context)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      expect.stringMatching(/^content\/signs\/en\/0.mdx:3: could not be read: /),
      'content/signs/en/a.mdx:5:10: {…} expressions are not allowed in content; write the text itself',
      'content/signs/en/b.mdx:5:1: <iframe> is not allowed in content; the only element is <Call id="…" />',
      'content/signs/en/c.mdx: a line indented by four spaces or more, outside a list, would show as code; remove the indentation',
    ]);
  });
});
