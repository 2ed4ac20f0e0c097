/**
 * Broken content never reaches the site: each kind of mistake stops the
 * build with one line naming the file, the field or line, and the reason —
 * no stack trace, no machine paths — and leaves no `dist/` behind that could
 * be deployed by mistake.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MALFORMED_CASES } from './malformed-cases.ts';
import { ProjectCopies } from './project-copy.ts';

// Each case builds a copy of its own, as many at once as there are cores.
const projects = new ProjectCopies();
afterAll(() => projects.dispose());

/** Whether `line` holds every part, each after the one before. */
function holdsInOrder(line: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = line.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

describe('malformed content', () => {
  it('has at least 15 kinds of mistake to refuse', () => {
    expect(new Set(MALFORMED_CASES.map(({ kind }) => kind)).size).toBeGreaterThanOrEqual(15);
  });

  for (const { kind, apply, expected } of MALFORMED_CASES) {
    it.concurrent(`refuses ${kind}`, ({ expect }) =>
      projects.with(async (project) => {
        apply(project);
        const { status, output, distLeft } = await project.buildInParallel();
        expect(status, output).toBe(1);
        const report = output.slice(output.indexOf('The build stopped:'));
        expect(output, 'the build names why it stopped').toContain('The build stopped:');
        expect(
          report.split('\n').some((line) => holdsInOrder(line, expected)),
          `one line holds ${JSON.stringify(expected)}:\n${report}`,
        ).toBe(true);
        expect(output, 'no stack trace').not.toMatch(/^\s+at\s/m);
        expect(report, 'no machine paths').not.toContain(project.root);
        expect(distLeft, 'dist/ removed').toBe(false);
      }),
    );
  }

  it('builds every unbroken copy, so each refusal above is the mistake’s doing', async () => {
    for (const { status, output, distLeft } of await Promise.all(
      projects.copies.map((project) => project.buildInParallel()),
    )) {
      expect(status, output).toBe(0);
      expect(distLeft).toBe(true);
    }
  });
});
