/**
 * Zod error callbacks that tell an absent field from a wrong one, so an
 * editor reads "is missing" rather than a type name.
 */
export function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `expected ${what}`);
}
