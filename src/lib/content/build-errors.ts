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

/** The file, position and reason of an MDX error, from the compiler's or the content policy's report. */
function mdxProblem(lines: readonly string[]) {
  const trimmed = lines.map((line) => line.trim()).filter((line) => line !== '');
  for (let index = 0; index < trimmed.length; index += 1) {
    const text = trimmed[index]!.replace(/^MDXError:\s*/, '');
    const location = MDX_LOCATION.exec(text);
    if (!location) continue;
    const [, path, line, column] = location;
    const next = trimmed[index + 1] ?? 'does not compile';
    // A location followed by another (MDX repeating where the policy stopped) is not the reason.
    if (MDX_LOCATION.test(next.replace(/^MDXError:\s*/, ''))) continue;
    return { path: path!, line, column, reason: next.replace(/^MDXError:\s*(\d+:\d+:\s*)?/, '') };
  }
  return undefined;
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
      .map(([, field, reason]) => {
        const unknown = /^Unrecognized keys?: (.*)$/.exec(reason!);
        if (!field && unknown) {
          return `${file}: ${unknown[1]!.replace(/"/g, '')}: is not a field this content takes; check the spelling`;
        }
        return field ? `${file}: ${field}: ${reason}` : `${file}: ${reason}`;
      })
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

  // An MDX file that does not compile, or breaks the content policy: a line names `path.mdx:line:column`.
  const mdx = mdxProblem(lines);
  if (mdx) return `${relative(mdx.path)}:${mdx.line}:${mdx.column}: ${mdx.reason}`;

  const text = relative(lines.join('\n').replace(/\*\*/g, '')).trim();
  return file && !text.includes(file) ? `${file}: ${text}` : text;
}
