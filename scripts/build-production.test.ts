import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, 'build-production.ts');
// An empty folder to run in: a build that went ahead would write into it, or fail there slowly.
const folder = mkdtempSync(join(tmpdir(), 'build-production-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(origin: string | undefined, cwd = folder) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  if (origin !== undefined) env.SITE_ORIGIN = origin;
  const started = performance.now();
  const result = spawnSync(process.execPath, [SCRIPT], { cwd, env, encoding: 'utf8', timeout: 10_000 });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

describe('scripts/build-production.ts', () => {
  it.each([
    [undefined, 'SITE_ORIGIN is not set'],
    ['http://localhost:4321', 'is this machine, not the public site'],
    ['https://127.0.0.1', 'is this machine, not the public site'],
    ['http://example.org', 'is not https'],
  ])('with SITE_ORIGIN %s stops at once, before building, with one line saying how to set it', (origin, reason) => {
    const result = run(origin);
    expect(result.status, result.stderr).toBe(1);
    expect(result.seconds).toBeLessThan(3);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(reason);
    expect(lines[0]).toContain('SITE_ORIGIN=https://example.org npm run build:production');
    expect(readdirSync(folder)).toEqual([]);
  });

  it("with a public origin but the reserved editors' address it ships with, stops at once, naming the file and field", () => {
    const project = mkdtempSync(join(tmpdir(), 'build-production-'));
    try {
      mkdirSync(join(project, 'content'));
      copyFileSync(
        join(import.meta.dirname, '..', 'content', 'reports.yaml'),
        join(project, 'content', 'reports.yaml'),
      );
      const result = run('https://example.org', project);
      expect(result.status, result.stderr).toBe(1);
      expect(result.seconds).toBeLessThan(3);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^The production build stopped: content\/reports\.yaml: email: "[^"]+" reaches nobody/);
      expect(readdirSync(project)).toEqual(['content']);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
