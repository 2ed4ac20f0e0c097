import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { MAX_TITLE_LENGTH, PageSchema } from './page.ts';

function errors(data: unknown): string {
  const result = PageSchema().safeParse(data);
  return result.success ? '' : formatSchemaIssues('content/pages/mn/about.mdx', result.error.issues);
}

describe('PageSchema', () => {
  it('accepts a title and a description', () => {
    expect(errors({ title: 'Сайтын тухай', description: 'Энэ сайт хэнд зориулагдсан бэ.' })).toBe('');
  });

  it.each([
    [{ description: 'x' }, 'title: is missing'],
    [{ title: '', description: 'x' }, 'title: the title is empty'],
    [
      { title: 'x'.repeat(MAX_TITLE_LENGTH + 1), description: 'x' },
      `title: the title is longer than ${MAX_TITLE_LENGTH} characters`,
    ],
    [{ title: 'x' }, 'description: is missing'],
    [{ title: 'x', description: 'x', draft: true }, 'unknown key "draft"'],
  ])('rejects %o', (data, message) => {
    expect(errors(data)).toContain(`content/pages/mn/about.mdx: ${message}`);
  });
});
