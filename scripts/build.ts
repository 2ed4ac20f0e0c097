/**
 * Builds the site, then prints the contact audit summary. On failure it
 * prints what is wrong as `file: field: reason` lines instead of a stack
 * trace, removes `dist/` and exits with status 1.
 *
 *   node scripts/build.ts
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'astro';
import { auditSummary, contactAudit } from '../src/lib/contacts/audit.ts';
import { formatBuildError } from '../src/lib/content/build-errors.ts';
import { readContactFiles } from '../src/loaders/content-files.ts';

try {
  await build({});
  const rows = contactAudit(await readContactFiles(process.cwd()), new Date().toISOString().slice(0, 10));
  console.log(`\n${auditSummary(rows)}\nRun "npm run audit" for every contact, weakest and oldest first.\n`);
} catch (error) {
  console.error(`\nThe build stopped:\n${formatBuildError(error as Error, process.cwd())}\n`);
  // Leave no half-built or stale site behind that could be deployed by mistake.
  await rm(join(process.cwd(), 'dist'), { recursive: true, force: true });
  process.exitCode = 1;
}
