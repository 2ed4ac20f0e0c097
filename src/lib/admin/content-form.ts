/**
 * The one written form of an editable content file: what the editing screen
 * saves, and what every such file already is (`tests/content/editable-form`
 * checks), so a save changes only the lines of what the editor changed. Keys
 * come in the order of the screen's fields (the schema's order); an optional
 * field left empty is left out, as it would be by hand.
 */
import yaml from 'js-yaml';
import type { CmsField } from './cms-fields.ts';
import { orderKeys, writeYaml, type YamlValue } from './yaml-writer.ts';

type Mapping = { [key: string]: YamlValue };

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (isMapping(value) && Object.keys(value).length === 0)
  );
}

/** One field's value as written, or undefined to leave the field out. */
function fieldValue(value: unknown, field: CmsField | undefined): YamlValue | undefined {
  if (field?.site?.trueOrAbsent) return value === true ? true : undefined;
  if (field?.site?.falseOrText && (value === false || value === 'false')) return false;
  if (Array.isArray(value)) {
    const itemField = field?.field ?? (field?.fields ? { ...field, widget: 'object' as const } : undefined);
    return value
      .map((item) => fieldValue(item, itemField && { ...itemField, site: undefined }))
      .filter((item): item is YamlValue => item !== undefined);
  }
  if (isMapping(value)) {
    const written = mappingValue(value, field?.fields);
    return isEmpty(written) ? undefined : written;
  }
  if (isEmpty(value)) return undefined;
  return value as YamlValue;
}

function mappingValue(data: Mapping, fields: readonly CmsField[] | undefined): Mapping {
  const out: Mapping = {};
  for (const [key, value] of Object.entries(data)) {
    const written = fieldValue(
      value,
      fields?.find((field) => field.name === key),
    );
    if (written !== undefined) out[key] = written;
  }
  return fields
    ? orderKeys(
        out,
        fields.map((field) => field.name),
      )
    : out;
}

/** `data` as the file holds it: keys in the fields' order, empty optional values left out. */
export function contentData(data: Mapping, fields: readonly CmsField[]): Mapping {
  return mappingValue(data, fields);
}

/** The YAML text of a content file holding `data`. */
export function contentYaml(data: Mapping, fields: readonly CmsField[], languages: readonly string[]): string {
  return writeYaml(contentData(data, fields), languages);
}

/** An MDX file: its frontmatter between `---` lines, a blank line, then the text as the editor wrote it. */
export function contentMdx(
  data: Mapping,
  body: string,
  fields: readonly CmsField[],
  languages: readonly string[],
): string {
  const text = body.replace(/^\n+/, '').replace(/\s*$/, '\n');
  return `---\n${contentYaml(data, fields, languages)}---\n\n${text}`;
}

/** Splits an MDX file into its frontmatter's text and its body (without the blank line after `---`). */
export function splitMdx(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n([\s\S]*)$/.exec(text);
  if (!match) return { frontmatter: '', body: text };
  return { frontmatter: match[1] ?? '', body: match[2]!.replace(/^\r?\n/, '') };
}

/**
 * Reads a content file's YAML as the screen edits it: dates stay the text
 * they are (YAML 1.2's core schema), and a file that is not a mapping is
 * refused.
 */
export function parseContentYaml(text: string): Mapping {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  if (!isMapping(data)) throw new Error('expected the file to hold named fields');
  return data;
}
