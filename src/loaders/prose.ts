/**
 * The loader of the prose collections (signs, rights, pages, campaigns):
 * every `.mdx` file under a folder is one entry, named by its path without
 * the extension (`en/fake-job-offers`), its frontmatter checked against the
 * collection's schema and its body rendered to HTML here, once, by the site's
 * Markdown processor (src/lib/content/prose-source.ts says why that is
 * enough). Pages render the stored HTML and a `Call` for each marker in it
 * (src/components/ProseBody.astro), so no content file becomes a module of
 * the build's bundle.
 *
 * A file whose text, and the code that renders it, are unchanged since the
 * last load keeps what that load rendered: Astro keeps the store between
 * builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/content/content-error.ts';
import { readContentFile } from '../lib/content/frontmatter.ts';
import { indentedCodeProblem, proseMarkdown } from '../lib/content/prose-source.ts';

/** Files whose change changes what the same content renders to, relative to the project. */
const RENDERING_CODE = [
  'astro.config.mjs',
  'package-lock.json',
  'src/loaders/prose.ts',
  'src/lib/content/frontmatter.ts',
  'src/lib/content/prose-source.ts',
  'src/lib/content/call-markers.ts',
  'src/lib/checks/mdx-policy.ts',
  'src/lib/links/external-links.ts',
];

/** `.mdx` files under `folder`, as paths relative to it with `/` between folders, sorted. */
function mdxFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

async function load(context: LoaderContext, directory: string): Promise<void> {
  const { config, store, parseData, generateDigest, renderMarkdown } = context;
  const root = fileURLToPath(config.root);
  const folder = join(root, directory);
  const code = generateDigest(RENDERING_CODE.map((file) => readFileSync(join(root, file), 'utf8')).join('\0'));

  /** Loads one file into the store; returns its id. */
  async function loadFile(file: string): Promise<string> {
    const path = join(folder, file);
    const filePath = relative(root, path).split(sep).join('/');
    const id = file.replace(/\.mdx$/, '');
    // Read at once: small files, one after another, would leave the thread waiting on each.
    const contents = readFileSync(path, 'utf8');
    const digest = generateDigest(`${code}\0${contents}`);
    const kept = store.get(id);
    if (kept?.digest === digest && kept.rendered) return id;

    const { data, body, place } = readContentFile(contents, filePath);
    const parsed = await parseData({ id, data, filePath: path });
    const { markdown, codeBlocks } = proseMarkdown(body, place);
    const rendered = await renderMarkdown(markdown, { fileURL: pathToFileURL(path) });
    // Nothing after the last element: the page's markup goes on right after it.
    const html = rendered.html.trimEnd();
    const indented = indentedCodeProblem(html, codeBlocks, filePath);
    if (indented) throw new ContentError('Content would not show as written:', [indented]);
    // The body itself is not kept: pages need only its HTML, and the store is written out after every load.
    store.set({ id, data: parsed, filePath, digest, rendered: { ...rendered, html } });
    return id;
  }

  const loaded = new Set<string>();
  const problems: string[] = [];
  for (const file of mdxFiles(folder)) {
    try {
      loaded.add(await loadFile(file));
    } catch (error) {
      // Every file's content problems at once; anything else (a schema error) as Astro reports it.
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ContentError('Content cannot be built as it is:', problems);
  for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
}

/** One entry per `.mdx` file under `directory` (relative to the project), rendered as it loads. */
export function proseFolder(directory: string): Loader {
  return {
    name: 'prose-folder',
    load: async (context) => {
      await load(context, directory);
      const { watcher, logger, config } = context;
      if (!watcher) return;
      // In `astro dev`: load again when a file under the folder changes, so an editor sees it (or its mistake) at once.
      const folder = join(fileURLToPath(config.root), directory);
      watcher.add(folder);
      watcher.on('all', (_event, path) => {
        if (!path.startsWith(`${folder}${sep}`) || !path.endsWith('.mdx')) return;
        load(context, directory).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
