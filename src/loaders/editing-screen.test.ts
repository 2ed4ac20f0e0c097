import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsCollection } from '../lib/admin/cms-config.ts';
import { missingFields, type CmsField } from '../lib/admin/cms-fields.ts';
import { contentMdx, contentYaml, parseContentYaml, splitMdx } from '../lib/admin/content-form.ts';
import { LOCALES } from '../lib/locales.ts';
import { editableFiles, editableSchemas, editingScreenConfig } from './editing-screen.ts';

const BACKEND = { name: 'proxy', url: 'http://localhost:8081/api/v1', branch: 'main' } as const;

function fieldsOf(collection: CmsCollection): CmsField[] {
  return collection.fields ?? collection.files![0]!.fields;
}

describe('the editing screen covers every field of every schema', () => {
  const config = editingScreenConfig(BACKEND);
  const collection = (name: string) => config.collections.find((each) => each.name === name)!;
  const schemas = editableSchemas();
  const cases = [
    ['hotlines', schemas.hotline],
    ['countries', schemas.country],
    ['check', schemas.selfCheck],
    ['signs', schemas.article],
    ['rights', schemas.article],
    ['campaigns', schemas.campaign],
    ['pages', schemas.page],
  ] as const;

  it.each(cases)('%s', (name, schema) => {
    expect(missingFields(schema, fieldsOf(collection(name)))).toEqual([]);
  });

  it('names the fields a schema has and the screen lacks', () => {
    const fields = fieldsOf(collection('hotlines')).filter((field) => field.name !== 'hours');
    expect(missingFields(schemas.hotline, fields)).toEqual(['hours', 'hours.mn', 'hours.en']);
    const phones = fieldsOf(collection('hotlines')).map((field) =>
      field.name === 'phones' ? { ...field, fields: field.fields!.filter((each) => each.name !== 'label') } : field,
    );
    expect(missingFields(schemas.hotline, phones)).toEqual(['phones.label', 'phones.label.mn', 'phones.label.en']);
  });

  it('stops on a schema field the screen cannot edit, naming it', () => {
    const withMap = {
      ...schemas,
      page: (schemas.page as z.ZodObject).extend({ extra: z.record(z.string(), z.string()) }),
    };
    expect(() => cmsConfig(withMap, BACKEND)).toThrow('extra: a record has no editor field');
  });

  it('adds a new schema field to the screen', () => {
    const withField = { ...schemas, page: (schemas.page as z.ZodObject).extend({ subtitle: z.string().optional() }) };
    const pages = cmsConfig(withField, BACKEND).collections.find((each) => each.name === 'pages')!;
    expect(pages.fields!.find((field) => field.name === 'subtitle')).toMatchObject({
      widget: 'string',
      required: false,
    });
  });
});

describe('the fields', () => {
  const config = editingScreenConfig(BACKEND);
  const hotlines = config.collections.find((each) => each.name === 'hotlines')!;
  const field = (path: string) =>
    path
      .split('.')
      .reduce<CmsField | undefined>(
        (found, name) =>
          found
            ? (found.fields ?? found.field?.fields)?.find((each) => each.name === name)
            : hotlines.fields!.find((each) => each.name === name),
        undefined,
      );

  it('edits a text in every language as one field per language', () => {
    expect(field('name')).toMatchObject({ widget: 'object', fields: [{ name: 'mn' }, { name: 'en' }] });
  });

  it('edits one source or a list of them as a list', () => {
    expect(field('source')).toMatchObject({ widget: 'list', summary: '{{fields.url}}' });
  });

  it('marks what a file writes only when true, and what is false or a text', () => {
    expect(field('speaksMongolian')?.site).toEqual({ trueOrAbsent: true });
    expect(field('phones.fromAbroad')?.site).toEqual({ falseOrText: true });
    expect(field('phones.line')).toMatchObject({ widget: 'select', options: ['voice', 'sms', 'whatsapp', 'fax'] });
  });

  it('keeps ids other files refer to from changing', () => {
    const countries = config.collections.find((each) => each.name === 'countries')!;
    const missions = countries.fields!.find((each) => each.name === 'missions')!;
    expect(missions.fields!.find((each) => each.name === 'id')?.widget).toBe('site-readonly');
    expect(countries.fields!.find((each) => each.name === 'country')?.widget).toBe('site-readonly');
  });

  it('shows the printed-links register and the print runs, read-only', () => {
    const printed = config.collections.find((each) => each.name === 'printed')!;
    expect(printed.files!.map((file) => file.file)).toEqual([
      'content/links.yaml',
      'content/printed-links.json',
      'content/print-runs.json',
    ]);
    expect(printed.format).toBe('site-readonly');
  });
});

describe('every file the screen edits', () => {
  const files = editableFiles('.', editingScreenConfig(BACKEND));

  it("covers hotlines, destinations, the self-check, the prose collections and where readers' reports go", () => {
    const folders = new Set(files.map(({ file }) => file.split('/').slice(0, 2).join('/')));
    expect([...folders].sort()).toEqual(
      ['campaigns', 'check', 'countries', 'hotlines', 'pages', 'reports.yaml', 'rights', 'signs'].map(
        (name) => `content/${name}`,
      ),
    );
  });

  // The screen rewrites a whole file on save: a file already in the written form changes only where the editor changed it.
  it.each(files)('$file is in the form the screen writes', ({ file, fields }) => {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.mdx')) {
      const { frontmatter, body } = splitMdx(text);
      expect(contentMdx(parseContentYaml(frontmatter), body, fields, LOCALES)).toBe(text);
    } else {
      expect(contentYaml(parseContentYaml(text), fields, LOCALES)).toBe(text);
    }
  });
});
