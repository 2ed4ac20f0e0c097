/**
 * Turns schema issues into messages an editor can act on: the file, the field
 * and the reason, one per line, and never a stack trace.
 */

/** The parts of a Zod issue this module reads; kept structural so lib/ needs no Zod. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

/** `home.title`, `phones[2].number`; empty for the whole document. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

function reason(issue: SchemaIssue): string {
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys} (a typo, or a key that is not used)`;
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return 'is missing';
  }
  return issue.message;
}

/** One line per issue: `file: field: reason`. Unknown keys are reported on the object that holds them. */
export function formatSchemaIssues(file: string, issues: readonly SchemaIssue[]): string {
  return issues
    .map((issue) => {
      const field = fieldName(issue.path);
      return field ? `${file}: ${field}: ${reason(issue)}` : `${file}: ${reason(issue)}`;
    })
    .join('\n');
}
