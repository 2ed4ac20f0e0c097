/**
 * Reads YAML content files: globbing a folder, naming each entry after its
 * file, parsing and validating against a schema. The content collections and
 * the command-line tools both read through here, so a file is read, named
 * and checked one way, and a mistake is reported as `file: field: reason`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ContentError } from './content-error.ts';
import { formatSchemaIssues, type SchemaIssue } from './schema-errors.ts';

/** The part of a Zod schema this module uses; kept structural so lib/ needs no Zod. */
export interface ContentSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** One file's validated content. */
export interface YamlEntry<T> {
  /** The file's path from the project root, for messages: `content/hotlines/police.yaml`. */
  file: string;
  /** The file's name without `.yaml`: `police`. */
  id: string;
  data: T;
}

type Outcome<T> = { data: T } | { problem: string };

function parseFile<T>(root: string, file: string, schema: ContentSchema<T>): Outcome<T> {
  return parseText(file, readFileSync(join(root, file), 'utf8'), schema);
}

function parseText<T>(file: string, text: string, schema: ContentSchema<T>): Outcome<T> {
  let data: unknown;
  const anchors: string[] = [];
  try {
    data = yaml.load(text, {
      filename: file,
      // The editing screen writes every value out and cannot keep a YAML anchor (`&name`) or an alias
      // (`*name`), which an alias needs; so neither may stand in content.
      listener(event, state) {
        const anchor = (state as typeof state & { anchor?: string | null }).anchor;
        if (event === 'close' && anchor) anchors.push(`${file}:${state.line + 1}: the anchor &${anchor}`);
      },
    });
  } catch (error) {
    const { reason, mark, message } = error as { reason?: string; mark?: { line: number }; message: string };
    const line = mark ? `:${mark.line + 1}` : '';
    return { problem: `${file}${line}: could not be read: ${reason ?? message.split('\n')[0]}` };
  }
  if (anchors.length > 0) {
    return {
      problem: `${anchors[0]} (and the aliases to it) cannot be kept by the editing screen: write the value out in full`,
    };
  }
  const result = schema.safeParse(data);
  return result.success ? { data: result.data } : { problem: formatSchemaIssues(file, result.error.issues) };
}

/** The `.yaml` files of a folder, sorted, as paths from the project root. */
export function yamlFilesIn(root: string, directory: string): string[] {
  return readdirSync(join(root, directory))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${directory}/${name}`);
}

/** Every `.yaml` file of `directory`, validated. Throws a ContentError listing every file that does not fit. */
export function readYamlDirectory<T>(root: string, directory: string, schema: ContentSchema<T>): YamlEntry<T>[] {
  const entries: YamlEntry<T>[] = [];
  const problems: string[] = [];
  for (const file of yamlFilesIn(root, directory)) {
    const outcome = parseFile(root, file, schema);
    if ('problem' in outcome) problems.push(outcome.problem);
    else entries.push({ file, id: file.slice(directory.length + 1, -'.yaml'.length), data: outcome.data });
  }
  if (problems.length > 0) throw new ContentError('Content could not be read:', problems);
  return entries;
}

/** One YAML file, validated. Throws a ContentError naming the file, the field and the reason. */
export function readYamlFile<T>(root: string, file: string, schema: ContentSchema<T>): T {
  const outcome = parseFile(root, file, schema);
  if ('problem' in outcome) throw new ContentError('Content could not be read:', [outcome.problem]);
  return outcome.data;
}

/**
 * The frontmatter of an MDX file, validated: for tools that need a page's
 * fields but not its body. Throws a ContentError naming the file, the field
 * and the reason.
 */
export function readYamlFrontmatter<T>(root: string, file: string, schema: ContentSchema<T>): T {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, file), 'utf8'))?.[1];
  const outcome =
    frontmatter === undefined
      ? { problem: `${file}: has no frontmatter between "---" lines` }
      : parseText(file, frontmatter, schema);
  if ('problem' in outcome) throw new ContentError('Content could not be read:', [outcome.problem]);
  return outcome.data;
}
