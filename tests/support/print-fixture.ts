/**
 * A copy of the content `npm run qr` reads (content/ and the interface
 * strings), so print tests can change it, and record print runs, without
 * touching the project's own.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

/** Copies the content into a new temporary folder and returns its path. */
export function printFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'print-content-'));
  for (const part of ['content', 'src/i18n']) cpSync(join(project, part), join(root, part), { recursive: true });
  return root;
}
