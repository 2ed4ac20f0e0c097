/**
 * Files a build keeps for the next one, in a folder under
 * `node_modules/.cache/`, each named by a key made from everything it was
 * made from: a build whose inputs did not change takes the file instead of
 * making it again, and a changed input makes a new key, never a stale file.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** How long a kept file no build asked for stays. */
const LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export class KeptFiles {
  readonly directory: string;
  readonly #extension: string;

  /** `extension` with its dot: `.png`. */
  constructor(directory: string, extension: string) {
    this.directory = directory;
    this.#extension = extension;
  }

  #path(key: string): string {
    return join(this.directory, `${key}${this.#extension}`);
  }

  /** Marks a kept file used, so pruning keeps it. */
  #touch(path: string): void {
    const now = new Date();
    utimesSync(path, now, now);
  }

  /** The bytes kept for `key`, if any; marks them used. */
  read(key: string): Buffer | undefined {
    const path = this.#path(key);
    if (!existsSync(path)) return undefined;
    this.#touch(path);
    return readFileSync(path);
  }

  /** Copies the file kept for `key` to `target`; `false` if there is none. Marks it used. */
  copyTo(key: string, target: string): boolean {
    const path = this.#path(key);
    if (!existsSync(path)) return false;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
    this.#touch(path);
    return true;
  }

  /** Keeps `contents` for `key`; written aside and renamed, so a build stopped midway never leaves half a file. */
  write(key: string, contents: Uint8Array | string): void {
    mkdirSync(this.directory, { recursive: true });
    const partial = `${this.#path(key)}.${process.pid}.partial`;
    writeFileSync(partial, contents);
    renameSync(partial, this.#path(key));
  }

  /** Deletes the files no build asked for in a month. */
  prune(now = Date.now()): void {
    if (!existsSync(this.directory)) return;
    for (const name of readdirSync(this.directory)) {
      const path = join(this.directory, name);
      if (now - statSync(path).mtimeMs > LIFETIME_MS) rmSync(path, { force: true });
    }
  }
}
