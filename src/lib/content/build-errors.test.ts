import { describe, expect, it } from 'vitest';
import { formatBuildError } from './build-errors.ts';

const root = '/home/site';

describe('formatBuildError', () => {
  it('gives one file: field: reason line per schema problem', () => {
    const error = {
      name: 'InvalidContentEntryDataError',
      message:
        '**pages → en/about** data does not match collection schema.\n\n  **title**: is missing\n  **source.date**: "c. 2012" is not a date\n  ****: Unrecognized key: "draft"\n',
      loc: { file: '/home/site/content/pages/en/about.mdx', line: 0 },
    };
    expect(formatBuildError(error, root)).toBe(
      'content/pages/en/about.mdx: title: is missing\n' +
        'content/pages/en/about.mdx: source.date: "c. 2012" is not a date\n' +
        'content/pages/en/about.mdx: draft: is not a field this content takes; check the spelling',
    );
  });

  it('names the file and line of unreadable YAML', () => {
    const error = {
      name: 'DataCollectionEntryParseError',
      message: '**../../content/hotlines/police.yaml** failed to parse: duplicated mapping key',
      loc: { file: '/home/site/content/hotlines/police.yaml', line: 17 },
    };
    expect(formatBuildError(error, root)).toBe(
      'content/hotlines/police.yaml:17: could not be read: duplicated mapping key',
    );
  });

  it('points at the line of broken MDX and drops the stack', () => {
    const error = {
      name: 'Error',
      message:
        'Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] /home/site/content/pages/en/about.mdx:29:1\n' +
        'MDXError: 29:1: Expected a closing tag for `<div>` (29:1) before the end of `paragraph`\n' +
        '    at TransformPluginContextImpl.handler (file:///home/site/node_modules/x.js:64:17)',
    };
    expect(formatBuildError(error, root)).toBe(
      'content/pages/en/about.mdx:29:1: Expected a closing tag for `<div>` (29:1) before the end of `paragraph`',
    );
  });

  it('points at the line where MDX breaks the content policy', () => {
    const error = {
      name: 'Error',
      message:
        'Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] content/signs/en/x.mdx:undefined:undefined\n' +
        'MDXError: /home/site/content/signs/en/x.mdx:47:1\n<script> is not allowed in content',
    };
    expect(formatBuildError(error, root)).toBe('content/signs/en/x.mdx:47:1: <script> is not allowed in content');
  });

  it('keeps a message that already names its files, without stack or machine paths', () => {
    const error = {
      name: 'Error',
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
