/**
 * A small built site for the offline copy's tests: the pages it must keep in
 * both languages and a file it keeps beside them, each page naming itself.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const KEPT_SITE_FILES = [
  'index.html',
  'en.html',
  'abroad.html',
  'en/abroad.html',
  'abroad/kr.html',
  'en/abroad/kr.html',
  'hotlines.html',
  'en/hotlines.html',
  'safety.html',
  'en/safety.html',
  'offline.html',
  'en/offline.html',
  'favicon.svg',
];

/** Writes `files` into a new temporary folder named from `prefix`; returns the folder. */
export function writeSite(prefix: string, files: readonly string[]): string {
  const dist = mkdtempSync(join(tmpdir(), prefix));
  for (const file of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), `<p>${file}</p>`);
  }
  return dist;
}
