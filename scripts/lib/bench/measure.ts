/**
 * Runs a build as a child process and measures it: wall-clock time and peak
 * memory. Its output goes to a log file, read back when it fails.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuiltFileReader } from './page-weight.ts';
import { treeResidentBytes } from './process-memory.ts';

export interface MeasuredRun {
  /** Exit status; null when a signal ended it. */
  status: number | null;
  seconds: number;
  /** Peak resident memory of the process and its children, in bytes. */
  peakMemory: number;
}

export interface RunOptions {
  cwd: string;
  /** Arguments to `node`: a script and its own arguments. */
  args: readonly string[];
  /** Where the build's output goes. */
  log: string;
  /** Called every `heartbeatSeconds` while the build runs, with the milliseconds since it started. */
  onHeartbeat?: (elapsed: number) => void;
  heartbeatSeconds?: number;
}

const HOOK = pathToFileURL(join(import.meta.dirname, 'max-rss.ts')).href;
const SAMPLE_MS = 200;

/** Builds print the same plain text everywhere, and never phone home. */
const BUILD_ENV = { FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs `node <args>` with this Node.js, timing it and sampling its memory. */
export function runMeasured({ cwd, args, log, onHeartbeat, heartbeatSeconds = 30 }: RunOptions): Promise<MeasuredRun> {
  const rssFile = `${log}.maxrss`;
  rmSync(rssFile, { force: true });
  const output = openSync(log, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', HOOK, ...args], {
    cwd,
    stdio: ['ignore', output, output],
    env: { ...process.env, ...BUILD_ENV, BENCH_MAXRSS_FILE: rssFile },
  });
  let sampled = 0;
  const sample = setInterval(() => {
    if (child.pid !== undefined) sampled = Math.max(sampled, treeResidentBytes(child.pid) ?? 0);
  }, SAMPLE_MS);
  const heartbeat = onHeartbeat
    ? setInterval(() => onHeartbeat(performance.now() - started), heartbeatSeconds * 1000)
    : undefined;
  return new Promise((resolve, reject) => {
    const finish = () => {
      clearInterval(sample);
      clearInterval(heartbeat);
      closeSync(output);
    };
    child.on('error', (error) => {
      finish();
      reject(error);
    });
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      finish();
      const own = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0;
      resolve({ status, seconds, peakMemory: Math.max(sampled, own) });
    });
  });
}

/** The last `lines` lines of a log, to show why a build failed. */
export function logTail(log: string, lines = 30): string {
  return readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Bytes of every file under `directory`. */
export function directoryBytes(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** HTML files under `directory`. */
export function countHtml(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

/** Reads the built files of `dist` by their relative path. */
export function builtFileReader(dist: string): BuiltFileReader {
  return (file) => {
    const path = join(dist, file);
    return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined;
  };
}
