/**
 * Content-collection loaders over the same readers the command-line tools
 * use (src/lib/content/yaml-files.ts): one file's mistakes are reported the
 * same way whichever reads it, as `file: field: reason`.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readYamlDirectory, readYamlFile } from '../lib/content/yaml-files.ts';

/** One entry per `.yaml` file of `directory`, named after the file. */
export function yamlFolder<Schema extends z.ZodType>(directory: string, schema: Schema): Loader {
  return {
    name: 'yaml-folder',
    schema,
    load: async ({ store, config }) => {
      const entries = readYamlDirectory(fileURLToPath(config.root), directory, schema);
      store.clear();
      for (const { file, id, data } of entries)
        store.set({ id, filePath: file, data: data as Record<string, unknown> });
    },
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
    load: async ({ store, config }) => {
      const data = readYamlFile(fileURLToPath(config.root), file, schema);
      store.clear();
      for (const [id, entry] of entries(data)) store.set({ id, filePath: file, data: entry });
    },
  };
}
