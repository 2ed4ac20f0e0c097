/**
 * Splits a content MDX file into its YAML frontmatter, read, and its body,
 * with where the body starts in the file so that a problem in it can be
 * reported at the file's own line and column.
 */
import yaml from 'js-yaml';
import { ContentError } from './content-error.ts';
import type { BodyPlace } from './prose-source.ts';

export interface ContentFile {
  /** The frontmatter as YAML reads it; empty when the file has none. */
  data: Record<string, unknown>;
  /** The text after the frontmatter, without blank space around it. */
  body: string;
  place: BodyPlace;
}

/** `---` on the first line (after a byte-order mark), the YAML, and `---` on a line of its own. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Where `body`, the last part of `contents`, starts in it. */
export function bodyPlace(contents: string, body: string, file: string): BodyPlace {
  const start = contents.lastIndexOf(body);
  const before = contents.slice(0, Math.max(0, start));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { file, line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** Reads `contents` of the file `file` names; throws a ContentError when the frontmatter is not a YAML mapping. */
export function readContentFile(contents: string, file: string): ContentFile {
  const match = FRONTMATTER.exec(contents);
  let data: unknown = {};
  if (match) {
    try {
      data = yaml.load(match[1] ?? '', { filename: file }) ?? {};
    } catch (error) {
      const { reason, mark, message } = error as { reason?: string; mark?: { line: number }; message: string };
      // The YAML starts on the file's second line, after the opening `---`.
      const line = mark ? `:${mark.line + 2}` : '';
      throw new ContentError('Content could not be read:', [
        `${file}${line}: could not be read: ${reason ?? message.split('\n')[0]}`,
      ]);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new ContentError('Content could not be read:', [
        `${file}: the frontmatter between the --- lines must be fields, such as "title: …"`,
      ]);
    }
  }
  const body = contents.slice(match?.[0].length ?? 0).trim();
  return { data: data as Record<string, unknown>, body, place: bodyPlace(contents, body, file) };
}
