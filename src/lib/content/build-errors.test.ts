import { describe, expect, it } from 'vitest';
import { formatBuildError } from './build-errors.ts';

const root = '/home/site';
const FILE = '/home/site/content/signs/en/x.mdx';
const STACK = '    at TransformPluginContextImpl.handler (file:///home/site/node_modules/x.js:64:17)';

/** What the bundler throws when a plugin fails: its errors, each located, under a message that repeats them. */
const bundlerError = (...errors: object[]) => ({
  name: 'Error',
  message: `Build failed with ${errors.length} error:\n\n[plugin @mdx-js/rolldown] ${FILE}:undefined:undefined\n${STACK}`,
  errors,
});

describe('formatBuildError', () => {
  it('gives one file: field: reason line per schema problem', () => {
    const error = {
      name: 'InvalidContentEntryDataError',
      message:
        '**pages → en/about** data does not match collection schema.\n\n  **title**: is missing\n  **source.date**: "c. 2012" is not a date\n  ****: Unrecognized key: "draft"\n',
      loc: { file: '/home/site/content/pages/en/about.mdx', line: 0, column: 0 },
    };
    expect(formatBuildError(error, root)).toBe(
      'content/pages/en/about.mdx: title: is missing\n' +
        'content/pages/en/about.mdx: source.date: "c. 2012" is not a date\n' +
        'content/pages/en/about.mdx: draft: is not a field this content takes; check the spelling',
    );
  });

  it('names the file and line of unreadable YAML from the error’s location', () => {
    const error = {
      name: 'DataCollectionEntryParseError',
      message: '**../../content/hotlines/police.yaml** failed to parse: duplicated mapping key',
      loc: { file: '/home/site/content/hotlines/police.yaml', line: 17, column: 0 },
    };
    expect(formatBuildError(error, root)).toBe(
      'content/hotlines/police.yaml:17: could not be read: duplicated mapping key',
    );
  });

  it('points at the line of broken MDX, said once, and drops the stack', () => {
    const error = bundlerError({
      name: 'MDXError',
      message: '29:1: Expected a closing tag for `<div>` (29:1) before the end of `paragraph`',
      loc: { file: FILE, line: 29, column: 1 },
      stack: `MDXError: 29:1: Expected a closing tag\n${STACK}`,
    });
    expect(formatBuildError(error, root)).toBe(
      'content/signs/en/x.mdx:29:1: Expected a closing tag for `<div>` (29:1) before the end of `paragraph`',
    );
  });

  it('points at the line where MDX breaks the content policy, from the position the policy gives', () => {
    const error = bundlerError({
      name: 'MDXError',
      message: '<script> is not allowed in content',
      loc: { file: FILE, line: 47, column: 1 },
    });
    expect(formatBuildError(error, root)).toBe('content/signs/en/x.mdx:47:1: <script> is not allowed in content');
  });

  it('gives each of several bundler errors its own line', () => {
    const error = bundlerError(
      { name: 'MDXError', message: 'one', loc: { file: FILE, line: 3, column: 2 } },
      { name: 'MDXError', message: 'two', loc: { file: '/home/site/content/signs/mn/x.mdx', line: 5 } },
    );
    expect(formatBuildError(error, root)).toBe('content/signs/en/x.mdx:3:2: one\ncontent/signs/mn/x.mdx:5: two');
  });

  it('names only the file when the error knows no line', () => {
    const error = bundlerError({ name: 'MDXError', message: 'no position', loc: { file: FILE } });
    expect(formatBuildError(error, root)).toBe('content/signs/en/x.mdx: no position');
  });

  it('keeps a message that already names its files, without stack or machine paths', () => {
    const error = {
      name: 'ContentError',
      message:
        'Pages without a twin:\ncontent/pages/mn/about.mdx: has no twin in the other language\n    at getStaticPaths (/home/site/src/pages/x.astro:3:9)',
    };
    expect(formatBuildError(error, root)).toBe(
      'Pages without a twin:\ncontent/pages/mn/about.mdx: has no twin in the other language',
    );
  });

  it('adds the file to a bare message', () => {
    expect(formatBuildError({ message: 'Something **bad**', loc: { file: '/home/site/src/x.ts' } }, root)).toBe(
      'src/x.ts: Something bad',
    );
  });
});
