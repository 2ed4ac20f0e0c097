/**
 * Reads the body of a content MDX file into Markdown that is rendered to HTML
 * once, as content loads, instead of compiled into a JavaScript module that
 * every build bundles and runs for its page. Content may hold only prose,
 * links and `<Call id="…" />` (src/lib/checks/mdx-policy.ts), so it needs
 * nothing of MDX beyond being read as MDX: what the policy does not allow, or
 * MDX cannot read, stops the build with the file, line and reason; each call
 * becomes a marker (src/lib/content/call-markers.ts).
 */
import { mdxToMdast } from 'satteri';
import { type ContentNode, policyViolations } from '../checks/mdx-policy.ts';
import { type CallSpan, holdsMarkerCharacters, withCallMarkers } from './call-markers.ts';
import { ContentError } from './content-error.ts';

/** Where a body starts in its file: the file as the project names it, and the line and column, from 1. */
export interface BodyPlace {
  file: string;
  line: number;
  column: number;
}

export interface ProseMarkdown {
  /** The body with each `<Call>` replaced by its marker. */
  markdown: string;
  /** Fenced code blocks the body holds; Markdown would add one for each run of lines indented as code. */
  codeBlocks: number;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

type PositionedNode = ContentNode & { position?: { start: Point; end: Point } };

/** The MDX reader's errors start with the position and end with its rule's name: "3:7: Unexpected … (mdx-jsx:…)". */
const READER_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/;

/** A position in the body as a position in its file. */
function inFile(point: { line: number; column: number }, place: BodyPlace): string {
  const line = place.line + point.line - 1;
  const column = point.line === 1 ? place.column + point.column - 1 : point.column;
  return `${place.file}:${line}:${column}`;
}

function read(body: string, place: BodyPlace): PositionedNode {
  try {
    return mdxToMdast(body, { position: true }) as unknown as PositionedNode;
  } catch (error) {
    const message = (error as Error).message.trim();
    const match = READER_ERROR.exec(message);
    const where = match ? inFile({ line: Number(match[1]), column: Number(match[2]) }, place) : place.file;
    throw new ContentError('Content could not be read as MDX:', [`${where}: ${match ? match[3] : message}`]);
  }
}

function visit(node: PositionedNode, each: (node: PositionedNode) => void) {
  each(node);
  for (const child of node.children ?? []) visit(child as PositionedNode, each);
}

/** Reads `body` as MDX under the content policy; throws a ContentError listing every problem. */
export function proseMarkdown(body: string, place: BodyPlace): ProseMarkdown {
  const tree = read(body, place);
  const problems = policyViolations(tree).map(({ node, reason }) => {
    const start = (node as PositionedNode).position?.start;
    return `${start ? inFile(start, place) : place.file}: ${reason}`;
  });
  const calls: CallSpan[] = [];
  let codeBlocks = 0;
  visit(tree, (node) => {
    if (node.type === 'code') codeBlocks += 1;
    const element = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
    if (!element || node.name !== 'Call') return;
    // Past the policy, a <Call> has at most an id, as plain text.
    const id = (node.attributes as { name: string; value: string }[]).find((each) => each.name === 'id')?.value;
    const { start, end } = node.position!;
    if (id === undefined)
      problems.push(`${inFile(start, place)}: <Call> needs the id of a contact, as in <Call id="police" />`);
    else calls.push({ start: start.offset!, end: end.offset!, id });
  });
  if (holdsMarkerCharacters(body)) {
    problems.push(`${place.file}: holds the private-use characters U+E000 or U+E001; delete them`);
  }
  if (problems.length > 0) throw new ContentError('Content breaks the content policy:', problems);
  return { markdown: withCallMarkers(body, calls), codeBlocks };
}

/**
 * A problem when the rendered HTML holds more code blocks than the MDX did:
 * MDX reads lines indented by four spaces as text, Markdown as code, so the
 * page would not show what the file says.
 */
export function indentedCodeProblem(html: string, codeBlocks: number, file: string): string | undefined {
  const rendered = html.match(/<pre[\s>]/g)?.length ?? 0;
  return rendered > codeBlocks
    ? `${file}: a line indented by four spaces or more, outside a list, would show as code; remove the indentation`
    : undefined;
}
