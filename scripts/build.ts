/**
 * Builds the site. On failure it prints what is wrong as `file: field: reason`
 * lines instead of a stack trace, and exits with status 1.
 *
 *   node scripts/build.ts
 */
import { build } from 'astro';
import { formatBuildError } from '../src/lib/build-errors.ts';

try {
  await build({});
} catch (error) {
  console.error(`\nThe build stopped:\n${formatBuildError(error as Error, process.cwd())}\n`);
  process.exitCode = 1;
}
