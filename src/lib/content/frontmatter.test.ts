import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error.ts';
import { bodyPlace, readContentFile } from './frontmatter.ts';

describe('readContentFile', () => {
  it('reads the frontmatter and gives the body, trimmed, with the line it starts on', () => {
    const file = readContentFile("---\ntitle: 'Хуурамч ажил'\norder: 2\n---\n\nFirst line.\n", 'f.mdx');
    expect(file.data).toEqual({ title: 'Хуурамч ажил', order: 2 });
    expect(file.body).toBe('First line.');
    expect(file.place).toEqual({ file: 'f.mdx', line: 6, column: 1 });
  });

  it('takes a file without frontmatter, or with an empty one, as having no fields', () => {
    expect(readContentFile('Just text.\n', 'f.mdx')).toMatchObject({ data: {}, body: 'Just text.' });
    expect(readContentFile('---\n---\nText.', 'f.mdx')).toMatchObject({ data: {}, body: 'Text.' });
  });

  it('reports YAML that does not parse at the line of the file', () => {
    const error = (() => {
      try {
        return readContentFile('---\ntitle: A\nname: [unclosed\n---\nText.', 'content/x.mdx');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems[0]).toMatch(/^content\/x.mdx:4: could not be read: /);
  });

  it('refuses frontmatter that is not fields', () => {
    expect(() => readContentFile('---\n- a\n- b\n---\nText.', 'f.mdx')).toThrow(/must be fields/);
  });
});

describe('bodyPlace', () => {
  it('gives the line and column where the body starts in its file', () => {
    expect(bodyPlace('---\ntitle: "A"\n---\n\nFirst.\nSecond.\n', 'First.\nSecond.', 'f.mdx')).toEqual({
      file: 'f.mdx',
      line: 5,
      column: 1,
    });
    expect(bodyPlace('---\n---\n  Indented.', 'Indented.', 'f.mdx')).toEqual({ file: 'f.mdx', line: 3, column: 3 });
  });
});
