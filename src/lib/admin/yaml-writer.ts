/**
 * Writes content as YAML in the one form the project keeps its files in, so
 * that the editing screen, which rewrites a whole file on every save, changes
 * only the lines of what the editor changed. Every file the screen edits is
 * already in this form (`src/loaders/editing-screen.test.ts` proves it), and
 * the form is what Prettier, the project's formatter, leaves as it is.
 *
 * The form: keys in the order given; a mapping or list of scalars only (a
 * text in every language, `states: ['102']`) in flow style on one line, or,
 * past the line width, one entry a line between brackets as Prettier breaks
 * it; every other mapping and list in block style. A string is written plain
 * where YAML reads it back as the same string (in YAML 1.1 too, which the
 * build's reader follows: `2024-03-19` or `yes` would be read as a date or a
 * boolean), else in single quotes.
 */

/** Prettier's `printWidth` for the project. */
export const LINE_WIDTH = 120;
const INDENT = '  ';

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

type Mapping = { [key: string]: YamlValue };

function isMapping(value: YamlValue): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: YamlValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

/**
 * Written in flow style: a list of scalars, or a mapping keyed by language
 * (`{ mn: …, en: … }`) whose values are scalars or lists of scalars.
 */
function isFlow(value: YamlValue, languages: readonly string[]): boolean {
  if (Array.isArray(value)) return value.every(isScalar);
  if (isMapping(value)) {
    const keys = Object.keys(value);
    return (
      keys.length > 0 &&
      keys.every((key) => languages.includes(key)) &&
      Object.values(value).every((item) => isScalar(item) || (Array.isArray(item) && item.every(isScalar)))
    );
  }
  return false;
}

/** Plain scalars YAML 1.1 or 1.2 would read as something other than a string. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:\.[0-9]+|[0-9][0-9_,]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?0[box][0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?|<<|=)$/;

/** Text made of digits and what phone numbers are written with. */
const PHONE_LIKE = /^[+(]?[0-9][0-9 ()+\-./]*$/;

/** Whether `text` can be written without quotes, in a flow collection when `inFlow`. */
export function isPlainSafe(text: string, inFlow: boolean): boolean {
  if (text === '' || text !== text.trim() || NOT_A_STRING.test(text)) return false;
  // eslint-disable-next-line no-control-regex -- control characters cannot stand unquoted in YAML
  if (/[\n\r\t\u0000-\u001f\u007f\u2028\u2029\ufeff]/.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/^[-?:][^\s,[\]{}]/.test(text)) return false;
  if (/^[-?:]/.test(text) && inFlow) return false;
  if (/:(?:\s|$)|\s#/.test(text)) return false;
  // Times such as 8:30 read the same in either YAML, but people and some readers stumble on them in flow.
  if (inFlow && /[,:[\]{}]/.test(text)) return false;
  return true;
}

export function scalar(value: string | number | boolean | null, inFlow: boolean): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  // Phone numbers are always quoted ("02-798-3464", "102"), so none is ever read as a number.
  if (isPlainSafe(value, inFlow) && !PHONE_LIKE.test(value)) return value;
  // eslint-disable-next-line no-control-regex -- only double quotes can escape control characters
  if (/[\n\r]/.test(value) || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(value)) return JSON.stringify(value);
  // As Prettier does with `singleQuote`: double quotes when that needs fewer escapes.
  if (value.includes("'") && !value.includes('"') && !value.includes('\\')) return `"${value}"`;
  return `'${value.replaceAll("'", "''")}'`;
}

function flowItems(value: YamlValue): string[] {
  if (Array.isArray(value)) return value.map((item) => flowOneLine(item));
  return Object.entries(value as Mapping).map(([key, item]) => `${keyText(key)}: ${flowOneLine(item)}`);
}

function flowOneLine(value: YamlValue): string {
  if (isScalar(value)) return scalar(value, true);
  const items = flowItems(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (items.length === 0) return Array.isArray(value) ? '[]' : '{}';
  return `${open}${items.join(', ')}${close}`;
}

function keyText(key: string): string {
  return isPlainSafe(key, true) ? key : `'${key.replaceAll("'", "''")}'`;
}

/**
 * The lines of `key: value`, relative to where its block starts, `column`
 * characters from the left; `lead` stands before the key (`- ` for a list
 * item's first key, two spaces for its others).
 */
function entryLines(
  key: string,
  value: YamlValue,
  column: number,
  lead: string,
  languages: readonly string[],
): string[] {
  const pad = ' '.repeat(lead.length);
  const head = `${lead}${keyText(key)}:`;
  if (isScalar(value)) return [`${head} ${scalar(value, false)}`];
  if (isFlow(value, languages)) {
    const line = `${head} ${flowOneLine(value)}`;
    const items = flowItems(value);
    if (column + line.length <= LINE_WIDTH || items.length === 0) return [line];
    // Prettier moves a long flow collection to a line of its own, and if that is still too long, breaks
    // it one entry a line with a trailing comma.
    const inner = pad + INDENT;
    const alone = `${inner}${flowOneLine(value)}`;
    if (column + alone.length <= LINE_WIDTH) return [head, alone];
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    return [head, `${inner}${open}`, ...items.map((item) => `${inner}${INDENT}${item},`), `${inner}${close}`];
  }
  const nested = Array.isArray(value)
    ? listLines(value, column + pad.length + INDENT.length, languages)
    : mappingLines(value, column + pad.length + INDENT.length, languages);
  return [head, ...nested.map((line) => pad + INDENT + line)];
}

function mappingLines(mapping: Mapping, column: number, languages: readonly string[]): string[] {
  return Object.entries(mapping).flatMap(([key, value]) => entryLines(key, value, column, '', languages));
}

function listLines(list: YamlValue[], column: number, languages: readonly string[]): string[] {
  return list.flatMap((item) => {
    if (isScalar(item)) return [`- ${scalar(item, false)}`];
    if (isMapping(item) && Object.keys(item).length > 0) {
      return Object.entries(item).flatMap(([key, value], index) =>
        entryLines(key, value, column, index === 0 ? '- ' : INDENT, languages),
      );
    }
    return [`- ${flowOneLine(item)}`];
  });
}

/**
 * A whole YAML document for `data`, ending with a newline; an empty mapping
 * is an empty document. `languages`: the keys of a text in every language.
 */
export function writeYaml(data: Mapping, languages: readonly string[]): string {
  const lines = mappingLines(data, 0, languages);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** `data` with its keys in `order` first (as the schema lists the fields), then any others as they came. */
export function orderKeys(data: Mapping, order: readonly string[]): Mapping {
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]!]));
}
