/**
 * Rewrites an error from the build into lines an editor can act on —
 * `file: field: reason` or `file:line:column: reason` — with no stack trace
 * and no absolute machine paths.
 *
 * It reads the structure the errors carry: Astro's errors (`AstroError`) have
 * a `name` saying what went wrong and a `loc` with the file and line; the
 * bundler gathers the errors of its plugins in `errors`, each with its own
 * `loc`. Text is read only
 * where no structure holds the fact, as the comments there say.
 */

/** Where an error happened, as Astro and the bundler give it. */
export interface BuildErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/** The parts of a build error this module reads. */
export interface BuildErrorLike {
  name?: string;
  message?: string;
  loc?: BuildErrorLocation;
  /** The errors the bundler gathered, when it stopped on one or more. */
  errors?: readonly BuildErrorLike[];
}

const STACK_LINE = /^\s+at\s/;

/**
 * Astro's InvalidContentEntryDataError writes each schema issue as
 * `  **field**: reason` and keeps no list of the issues on the error, so the
 * lines are read back from its message.
 */
const FIELD_LINE = /^\s*\*\*(.*?)\*\*:\s*(.*)$/;
/** Zod's words for keys a strict schema does not take, which reach us only inside that message. */
const UNKNOWN_KEYS = /^Unrecognized keys?: (.*)$/;

/** Astro's DataCollectionEntryParseError puts the parser's reason after these words, and nowhere else. */
const PARSE_REASON_AFTER = ' failed to parse: ';

function relativeTo(root: string) {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return (text: string) => text.split(prefix).join('');
}

function withoutStack(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((line) => !STACK_LINE.test(line));
}

function schemaProblems(error: BuildErrorLike, file: string): string {
  return withoutStack(error.message ?? '')
    .map((line) => FIELD_LINE.exec(line))
    .filter((match) => match !== null)
    .map(([, field, reason]) => {
      const unknown = UNKNOWN_KEYS.exec(reason!);
      if (!field && unknown) {
        return `${file}: ${unknown[1]!.replace(/"/g, '')}: is not a field this content takes; check the spelling`;
      }
      return field ? `${file}: ${field}: ${reason}` : `${file}: ${reason}`;
    })
    .join('\n');
}

function parseProblem(error: BuildErrorLike, file: string): string {
  const message = withoutStack(error.message ?? '').join(' ');
  const at = message.indexOf(PARSE_REASON_AFTER);
  const reason = (at === -1 ? message : message.slice(at + PARSE_REASON_AFTER.length)).trim();
  const line = error.loc?.line ? `:${error.loc.line}` : '';
  return `${file}${line}: could not be read: ${reason}`;
}

/**
 * A problem at a line of a file, such as code that does not compile. A
 * compiler may also start its message with the position it gives in `loc`;
 * that copy is dropped.
 */
function locatedProblem(error: BuildErrorLike, file: string, relative: (text: string) => string): string {
  const { line, column } = error.loc!;
  const position = column === undefined ? `${line}` : `${line}:${column}`;
  const reason = relative(withoutStack(error.message ?? '').join('\n')).trim();
  const repeated = `${position}: `;
  return `${file}:${position}: ${reason.startsWith(repeated) ? reason.slice(repeated.length) : reason}`;
}

function formatOne(error: BuildErrorLike, relative: (text: string) => string): string {
  const file = error.loc?.file ? relative(error.loc.file) : undefined;

  if (file && error.name === 'InvalidContentEntryDataError') return schemaProblems(error, file);
  if (file && error.name === 'DataCollectionEntryParseError') return parseProblem(error, file);
  // Lines count from 1; Astro gives 0 when it does not know the line.
  if (file && error.loc?.line) return locatedProblem(error, file, relative);

  // Anything else, such as the site's own ContentError, already speaks in `file: field: reason` lines.
  const text = withoutStack(error.message ?? String(error)).join('\n');
  // Astro marks names in bold with `**`, which a terminal shows as they are.
  const plain = relative(text.replace(/\*\*/g, '')).trim();
  return file && !plain.includes(file) ? `${file}: ${plain}` : plain;
}

/** Turns a build error into one or more readable lines. `root` is the project directory. */
export function formatBuildError(error: BuildErrorLike, root: string): string {
  const relative = relativeTo(root);
  // The bundler's own message only repeats its errors with their stacks; each error says more alone.
  if (Array.isArray(error.errors) && error.errors.length > 0) {
    return error.errors.map((each) => formatOne(each, relative)).join('\n');
  }
  return formatOne(error, relative);
}
