import { describe, expect, it } from 'vitest';
import { splitAtCallMarkers } from './call-markers.ts';
import { ContentError } from './content-error.ts';
import { indentedCodeProblem, proseMarkdown } from './prose-source.ts';

const FILE = 'content/signs/en/x.mdx';
/** A body that starts on line 6 of its file, at the first column. */
const place = { file: FILE, line: 6, column: 1 };

function problemsOf(body: string, at = place): readonly string[] {
  try {
    proseMarkdown(body, at);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('no problem found');
}

describe('proseMarkdown', () => {
  it('turns each <Call> into a marker and leaves the rest of the text as written', () => {
    const body = '## Help\n\n- Police: <Call id="police" />.\n\n<Call id="kr/danuri" />\n\nСайн байна уу?';
    const { markdown, codeBlocks } = proseMarkdown(body, place);
    expect(markdown.startsWith('## Help\n\n- Police: ')).toBe(true);
    expect(markdown.endsWith('\n\nСайн байна уу?')).toBe(true);
    expect(splitAtCallMarkers(markdown).filter((part) => 'call' in part)).toEqual([
      { call: 'police' },
      { call: 'kr/danuri' },
    ]);
    expect(codeBlocks).toBe(0);
  });

  it('names the file, line and column of everything the content policy does not allow, all at once', () => {
    const body =
      'Fine.\n\n<script src="/x.js"></script>\n\nToday is {new Date()}.\n\nCall <Call id="police" onClick="x" />.';
    expect(problemsOf(body)).toEqual([
      `${FILE}:8:1: <script> is not allowed in content; the only element is <Call id="…" />`,
      `${FILE}:10:10: {…} expressions are not allowed in content; write the text itself`,
      `${FILE}:12:6: <Call onClick>: inline event handlers are not allowed`,
    ]);
  });

  it('counts columns on the first line of a body from where the body starts', () => {
    expect(problemsOf('a {b}', { file: FILE, line: 3, column: 5 })).toEqual([
      `${FILE}:3:7: {…} expressions are not allowed in content; write the text itself`,
    ]);
  });

  it('asks for the id of a <Call> that has none', () => {
    expect(problemsOf('Call <Call />.')).toEqual([
      `${FILE}:6:6: <Call> needs the id of a contact, as in <Call id="police" />`,
    ]);
  });

  it('says where MDX cannot be read, without the reader’s own rule name', () => {
    const [problem] = problemsOf('Line one.\n\nCall <Call id="police">.');
    expect(problem).toMatch(new RegExp(`^${FILE}:8:\\d+: Expected a closing tag for \`<Call>\``));
    expect(problem).not.toMatch(/mdx-jsx:/);
  });

  it('refuses the characters call markers are made of', () => {
    expect(problemsOf('Text \uE000 here')).toEqual([
      `${FILE}: holds the private-use characters U+E000 or U+E001; delete them`,
    ]);
  });

  it('counts fenced code blocks, so that code Markdown alone would add can be told apart', () => {
    expect(proseMarkdown('```\ncode\n```\n\n    indented', place).codeBlocks).toBe(1);
    expect(indentedCodeProblem('<pre><code>code</code></pre>', 1, FILE)).toBeUndefined();
    expect(indentedCodeProblem('<pre><code>a</code></pre><pre><code>b</code></pre>', 1, FILE)).toMatch(
      /^content\/signs\/en\/x.mdx: a line indented by four spaces or more/,
    );
  });
});
