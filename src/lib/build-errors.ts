/**
 * Rewrites an error from the build into lines an editor can act on —
 * `file: field: reason` or `file:line: reason` — with no stack trace and no
 * absolute machine paths.
 */

/** The parts of an Astro error this module reads. */
export interface BuildErrorLike {
  name?: string;
  message?: string;
  loc?: { file?: string; line?: number };
}

const STACK_LINE = /^\s+at\s/;
/** Astro lists schema problems as `  **field**: reason`. */
const FIELD_LINE = /^\s*\*\*(.*?)\*\*:\s*(.*)$/;
/** The MDX compiler names `path.mdx:line:column` on a line of its own. */
const MDX_LOCATION = /^(?:\[plugin [^\]]+\]\s*)?(\S+\.mdx?):(\d+):(\d+)$/;

function relativeTo(root: string) {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return (text: string) => text.split(prefix).join('');
}

/** Turns a build error into one or more readable lines. `root` is the project directory. */
export function formatBuildError(error: BuildErrorLike, root: string): string {
  const relative = relativeTo(root);
  const lines = (error.message ?? String(error))
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((line) => !STACK_LINE.test(line));
  const file = error.loc?.file ? relative(error.loc.file) : undefined;

  if (file && error.name === 'InvalidContentEntryDataError') {
    return lines
      .map((line) => FIELD_LINE.exec(line))
      .filter((match) => match !== null)
      .map(([, field, reason]) => (field ? `${file}: ${field}: ${reason}` : `${file}: ${reason}`))
      .join('\n');
  }

  if (file && error.name === 'DataCollectionEntryParseError') {
    const reason = lines
      .join(' ')
      .replace(/^.*failed to parse:\s*/, '')
      .trim();
    const line = error.loc?.line ? `:${error.loc.line}` : '';
    return `${file}${line}: could not be read: ${reason}`;
  }

  const mdxAt = lines.findIndex((line) => MDX_LOCATION.test(line.trim()));
  if (mdxAt >= 0) {
    const [, path, line, column] = MDX_LOCATION.exec(lines[mdxAt]!.trim())!;
    const detail = lines.slice(mdxAt + 1).find((text) => text.trim() !== '') ?? 'does not compile';
    const reason = detail.trim().replace(/^MDXError:\s*(\d+:\d+:\s*)?/, '');
    return `${relative(path!)}:${line}:${column}: ${reason}`;
  }

  const text = relative(lines.join('\n').replace(/\*\*/g, '')).trim();
  return file && !text.includes(file) ? `${file}: ${text}` : text;
}
