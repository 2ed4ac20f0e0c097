/**
 * A problem in the content that stops the build. Its message lists one
 * `file: field: reason` line per problem, so the build wrapper can print it
 * as it is.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly string[];

  constructor(heading: string, problems: readonly string[]) {
    super(`${heading}\n${problems.join('\n')}`);
    this.problems = problems;
    // The message names the file and field; a trace through the build's own code would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Throws a ContentError when there are problems; does nothing otherwise. */
export function assertNoProblems(heading: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new ContentError(heading, problems);
}
