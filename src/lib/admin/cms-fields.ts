/**
 * The editing screen's fields, derived from the content schemas, so the
 * schemas stay the one description of the content: a field added to a schema
 * appears in the screen, and one the screen cannot edit stops the build
 * (`cms-config.test.ts` adds a field to a schema and watches it fail).
 *
 * The schemas are Zod 4 objects; this reads only their definitions
 * (`_zod.def`), so lib/ needs no Zod import. Transforms and refinements are
 * looked through: the screen edits what the file holds, and the build checks
 * the rest.
 */

/** A field of the editing screen (Decap CMS), with what the file writer needs to know about it. */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'boolean' | 'number' | 'select' | 'list' | 'object' | 'markdown' | 'site-readonly';
  required?: boolean;
  hint?: string;
  options?: string[];
  /** For `list`: the fields of each item, or `field` for a list of single values. */
  fields?: CmsField[];
  field?: CmsField;
  /** A list of objects opens folded, showing this field of each item. */
  summary?: string;
  collapsed?: boolean;
  value_type?: 'int';
  pattern?: [string, string];
  /** How the file writer treats the value (Decap ignores keys it does not know). */
  site?: {
    /** `true` or absent in the file (`speaksMongolian: true`): an unticked box is left out. */
    trueOrAbsent?: boolean;
    /** `false` or a text (`fromAbroad`): the text "false" is written as false. */
    falseOrText?: boolean;
  };
}

/** The part of a Zod 4 schema this module reads. */
interface ZodLike {
  _zod: { def: ZodDef };
}
interface ZodDef {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  out?: ZodLike;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  options?: ZodLike[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
}

/** What a field is for, in plain words for editors (shown under it); and the fields that hold long text. */
export interface FieldWords {
  hints: Readonly<Record<string, string>>;
  longText: readonly string[];
  /** Labels where the field's name says too little (`mn` → "Монгол / Mongolian"). */
  labels: Readonly<Record<string, string>>;
  /** Fields that must not change once published (ids other files refer to), shown but not editable. */
  readOnly: readonly string[];
}

export class SchemaFieldError extends Error {}

function def(schema: unknown): ZodDef {
  const zod = (schema as Partial<ZodLike> | undefined)?._zod;
  if (!zod?.def) throw new SchemaFieldError('not a Zod schema');
  return zod.def;
}

/** Looks through wrappers that do not change what a file holds: optional, default, transforms, preprocessing. */
export function unwrap(schema: ZodLike): { inner: ZodLike; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const { type, innerType, in: input } = def(current);
    if ((type === 'optional' || type === 'default' || type === 'prefault' || type === 'nullable') && innerType) {
      optional = true;
      current = innerType;
    } else if (type === 'pipe' && input) {
      // A transform, or a preprocess whose input is a transform: the file holds what goes in, or for
      // preprocess (`in` is a transform) what comes out of it.
      current = def(input).type === 'transform' ? def(current).out! : input;
    } else if (type === 'readonly' && innerType) {
      current = innerType;
    } else {
      return { inner: current, optional };
    }
  }
}

function label(name: string, words: FieldWords): string {
  return words.labels[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());
}

/** The screen's field for a schema field at `path` (`emergency.phones.number`, for messages and the word maps). */
export function fieldFor(name: string, schema: ZodLike, path: string, words: FieldWords): CmsField {
  const { inner, optional } = unwrap(schema);
  const spec = def(inner);
  const base = {
    name,
    label: label(name, words),
    ...(optional && { required: false }),
    ...(words.hints[path] !== undefined && { hint: words.hints[path] }),
  };
  if (words.readOnly.includes(path)) return { ...base, widget: 'site-readonly' };
  switch (spec.type) {
    case 'string':
      return { ...base, widget: path.split('.').some((part) => words.longText.includes(part)) ? 'text' : 'string' };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(spec.entries ?? {}) };
    case 'literal':
      if (spec.values?.length === 1 && spec.values[0] === true) {
        return { ...base, widget: 'boolean', site: { trueOrAbsent: true } };
      }
      throw new SchemaFieldError(`${path}: a literal other than true has no editor field`);
    case 'object': {
      const fields = fieldsOf(inner, path, words);
      // Decap checks the fields of an object that is left out too: in an optional one nothing is required
      // (the build still asks for every language of a text that is given).
      return {
        ...base,
        widget: 'object',
        fields: optional ? fields.map((field) => ({ ...field, required: false })) : fields,
      };
    }
    case 'array':
      return listField(base, spec.element!, path, words);
    case 'union':
      return unionField(base, spec.options ?? [], path, words);
    default:
      throw new SchemaFieldError(`${path}: a ${spec.type} has no editor field`);
  }
}

function listField(base: Omit<CmsField, 'widget'>, element: ZodLike, path: string, words: FieldWords): CmsField {
  const item = fieldFor(base.name, element, path, words);
  if (item.widget === 'object') {
    const fields = item.fields!;
    const summaryField = fields.find((field) => ['id', 'number', 'url', 'date'].includes(field.name));
    return {
      ...base,
      widget: 'list',
      fields,
      collapsed: true,
      ...(summaryField && { summary: `{{fields.${summaryField.name}}}` }),
    };
  }
  // A list of short texts (`states: ['102']`) is one box, the texts separated by commas.
  if (item.widget === 'string') return { ...base, widget: 'list' };
  return { ...base, widget: 'list', field: { ...item, label: base.label } };
}

/**
 * The unions the schemas hold: one item or a list of them (`source`), which
 * the screen edits as a list; and `false` or a text (`fromAbroad`).
 */
function unionField(base: Omit<CmsField, 'widget'>, options: ZodLike[], path: string, words: FieldWords): CmsField {
  const kinds = options.map((option) => def(unwrap(option).inner).type);
  const list = options.find((option) => def(unwrap(option).inner).type === 'array');
  if (list && kinds.length === 2) return listField(base, def(unwrap(list).inner).element!, path, words);
  if (kinds.length === 2 && kinds.includes('boolean') && kinds.includes('string')) {
    return { ...base, widget: 'string', site: { falseOrText: true } };
  }
  throw new SchemaFieldError(`${path}: a union of ${kinds.join(' and ')} has no editor field`);
}

/** The fields of an object schema, in its order. */
export function fieldsOf(schema: ZodLike, path: string, words: FieldWords): CmsField[] {
  const { inner } = unwrap(schema);
  const spec = def(inner);
  if (spec.type !== 'object' || !spec.shape) throw new SchemaFieldError(`${path || 'the schema'}: is not an object`);
  return Object.entries(spec.shape).map(([name, field]) =>
    fieldFor(name, field, path ? `${path}.${name}` : name, words),
  );
}

/** The names of every field of an object schema, nested ones as paths (`phones.number`): what the screen must cover. */
export function schemaFieldPaths(schema: ZodLike, path = ''): string[] {
  const { inner } = unwrap(schema);
  const spec = def(inner);
  const below = (child: ZodLike, at: string): string[] => {
    const { inner: unwrapped } = unwrap(child);
    const childDef = def(unwrapped);
    if (childDef.type === 'object') return schemaFieldPaths(unwrapped, at);
    if (childDef.type === 'array') return below(childDef.element!, at);
    if (childDef.type === 'union') return (childDef.options ?? []).flatMap((option) => below(option, at));
    return [];
  };
  if (spec.type !== 'object' || !spec.shape) return [];
  return Object.entries(spec.shape).flatMap(([name, field]) => {
    const at = path ? `${path}.${name}` : name;
    return [at, ...below(field, at)];
  });
}

/** The paths of every field the screen shows, nested ones as `phones.number`. */
export function cmsFieldPaths(fields: readonly CmsField[], path = ''): string[] {
  return fields.flatMap((field) => {
    const at = path ? `${path}.${field.name}` : field.name;
    const children = field.fields ?? (field.field?.fields ? field.field.fields : []);
    return [at, ...cmsFieldPaths(children, at)];
  });
}

/** The fields of `schema` the screen's `fields` leave out, as paths: what an editor could not see or change. */
export function missingFields(schema: unknown, fields: readonly CmsField[]): string[] {
  const shown = new Set(cmsFieldPaths(fields));
  return schemaFieldPaths(schema as ZodLike).filter((path) => !shown.has(path));
}
