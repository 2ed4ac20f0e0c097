/**
 * Types, lint and format: `astro check`, `eslint .` and `prettier --check .`.
 * Each runs on one core, so the three run side by side; each one's output is
 * printed whole, in this order, and the check fails when any of them fails.
 *
 *   node scripts/check.ts
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

const CHECKS: readonly (readonly [tool: string, ...args: string[]])[] = [
  ['astro', 'check'],
  ['eslint', '.'],
  ['prettier', '--check', '.'],
];

/** Runs a tool installed in `node_modules/.bin`; resolves with its exit status and its output as it came. */
function run([tool, ...args]: readonly string[]): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', tool!), args, {
      cwd: ROOT,
      // Colours as the tools would choose them on this terminal, though they write to a pipe.
      env:
        process.stdout.isTTY && process.env.FORCE_COLOR === undefined
          ? { ...process.env, FORCE_COLOR: '1' }
          : process.env,
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.once('error', (error) => done({ status: 1, output: `${output}${error.message}\n` }));
    child.once('close', (status) => done({ status: status ?? 1, output }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const [index, { status, output }] of results.entries()) {
  console.log(`\n> ${CHECKS[index]!.join(' ')}${status === 0 ? '' : ` (failed, status ${status})`}\n`);
  process.stdout.write(output);
}
if (results.some(({ status }) => status !== 0)) process.exitCode = 1;
