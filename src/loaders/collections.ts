/**
 * Content-collection loaders over the same readers the command-line tools
 * use (src/lib/content/yaml-files.ts): one file's mistakes are reported the
 * same way whichever reads it, as `file: field: reason`.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readYamlDirectory, readYamlFile } from '../lib/content/yaml-files.ts';

type Entry = { id: string; filePath: string; data: Record<string, unknown> };

/**
 * Fills the store with `read`'s entries; in `astro dev`, again whenever a file
 * under `watched` changes, so an editor sees the change (or its mistake) at once.
 */
function keepLoaded(
  { store, config, watcher, logger }: LoaderContext,
  watched: string,
  read: (root: string) => Entry[],
) {
  const root = fileURLToPath(config.root);
  const fill = () => {
    const entries = read(root);
    store.clear();
    for (const entry of entries) store.set(entry);
  };
  fill();
  if (!watcher) return;
  const folder = join(root, watched);
  watcher.add(folder);
  watcher.on('all', (_event, path) => {
    if (path !== folder && !path.startsWith(`${folder}/`)) return;
    try {
      fill();
    } catch (error) {
      logger.error((error as Error).message);
    }
  });
}

/** One entry per `.yaml` file of `directory`, named after the file. */
export function yamlFolder<Schema extends z.ZodType>(directory: string, schema: Schema): Loader {
  return {
    name: 'yaml-folder',
    schema,
    load: async (context) =>
      keepLoaded(context, directory, (root) =>
        readYamlDirectory(root, directory, schema).map(({ file, id, data }) => ({
          id,
          filePath: file,
          data: data as Record<string, unknown>,
        })),
      ),
  };
}

/**
 * Entries from one YAML file: `entries` splits the file's validated content
 * into entries by id; by default the whole file is one entry named after it.
 */
export function yamlFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  entries: (data: z.output<Schema>) => [string, Record<string, unknown>][] = (data) => [
    [basename(file, '.yaml'), data as Record<string, unknown>],
  ],
): Loader {
  return {
    name: 'yaml-file',
    load: async (context) =>
      keepLoaded(context, file, (root) =>
        entries(readYamlFile(root, file, schema)).map(([id, data]) => ({ id, filePath: file, data })),
      ),
  };
}
