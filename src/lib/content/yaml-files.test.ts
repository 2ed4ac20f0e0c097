import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from './content-error.ts';
import { type ContentSchema, readYamlDirectory, readYamlFile, readYamlFrontmatter, yamlFilesIn } from './yaml-files.ts';

const root = mkdtempSync(join(tmpdir(), 'yaml-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A schema that wants `{ name: string }`, reporting as Zod does. */
const named: ContentSchema<{ name: string }> = {
  safeParse: (data) =>
    typeof (data as { name?: unknown })?.name === 'string'
      ? { success: true, data: data as { name: string } }
      : { success: false, error: { issues: [{ path: ['name'], message: 'expected a name' }] } },
};

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.flatMap((problem) => problem.split('\n'));
  }
  throw new Error('expected the content to be refused');
}

describe('readYamlDirectory', () => {
  it('reads every .yaml file of a folder in name order, each named after its file', () => {
    write('good/b.yaml', 'name: B\n');
    write('good/a.yaml', 'name: A\n');
    write('good/notes.txt', 'not content');
    expect(yamlFilesIn(root, 'good')).toEqual(['good/a.yaml', 'good/b.yaml']);
    expect(readYamlDirectory(root, 'good', named)).toEqual([
      { file: 'good/a.yaml', id: 'a', data: { name: 'A' } },
      { file: 'good/b.yaml', id: 'b', data: { name: 'B' } },
    ]);
  });

  it('reports every file that does not fit, with its field or line and the reason', () => {
    write('bad/a.yaml', 'title: A\n');
    write('bad/b.yaml', 'name: B\n');
    write('bad/c.yaml', 'name: [unclosed\n');
    expect(problemsOf(() => readYamlDirectory(root, 'bad', named))).toEqual([
      'bad/a.yaml: name: expected a name',
      expect.stringMatching(/^bad\/c\.yaml:2: could not be read: /),
    ]);
  });
});

describe('readYamlFile', () => {
  it('reads one file against its schema', () => {
    write('one.yaml', 'name: One # a comment\n');
    expect(readYamlFile(root, 'one.yaml', named)).toEqual({ name: 'One' });
  });

  it('names the file and the field of a mistake', () => {
    write('two.yaml', 'name: 2\n');
    expect(problemsOf(() => readYamlFile(root, 'two.yaml', named))).toEqual(['two.yaml: name: expected a name']);
  });

  it('refuses an anchor and its aliases, which the editing screen would write out', () => {
    write('anchor.yaml', 'name: &same Police\nshortName: *same\n');
    expect(problemsOf(() => readYamlFile(root, 'anchor.yaml', named))).toEqual([
      'anchor.yaml:1: the anchor &same (and the aliases to it) cannot be kept by the editing screen: write the value out in full',
    ]);
  });
});

describe('readYamlFrontmatter', () => {
  it('reads the fields of an MDX file between its "---" lines', () => {
    write('page.mdx', '---\nname: Page\n---\n\nBody text: not: YAML.\n');
    expect(readYamlFrontmatter(root, 'page.mdx', named)).toEqual({ name: 'Page' });
  });

  it('names the file of a page without frontmatter, or with a field that does not fit', () => {
    write('bare.mdx', 'Just text.\n');
    write('wrong.mdx', '---\ntitle: Page\n---\n');
    expect(problemsOf(() => readYamlFrontmatter(root, 'bare.mdx', named))).toEqual([
      'bare.mdx: has no frontmatter between "---" lines',
    ]);
    expect(problemsOf(() => readYamlFrontmatter(root, 'wrong.mdx', named))).toEqual([
      'wrong.mdx: name: expected a name',
    ]);
  });
});
