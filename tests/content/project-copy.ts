/**
 * A copy of the project in a temporary folder, to build with broken content
 * without touching the real one. Each change is undone before the next.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  /** Whether `dist/` is still there after the build. */
  distLeft: boolean;
}

export class ProjectCopy {
  readonly root = mkdtempSync(join(tmpdir(), 'site-content-'));
  private readonly originals = new Map<string, string | undefined>();

  constructor() {
    copyProject(this.root);
  }

  private remember(file: string) {
    if (this.originals.has(file)) return;
    const path = join(this.root, file);
    this.originals.set(file, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  }

  read(file: string): string {
    return readFileSync(join(this.root, file), 'utf8');
  }

  write(file: string, text: string): void {
    this.remember(file);
    mkdirSync(dirname(join(this.root, file)), { recursive: true });
    writeFileSync(join(this.root, file), text);
  }

  /** Replaces `from` in a file; fails when the file does not contain it, so a case cannot silently test nothing. */
  replace(file: string, from: string | RegExp, to: string): void {
    const text = this.read(file);
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${file} does not contain ${String(from)}`);
    this.write(file, changed);
  }

  remove(file: string): void {
    this.remember(file);
    rmSync(join(this.root, file));
  }

  /** Puts every changed file back as it was. */
  restore(): void {
    for (const [file, text] of this.originals) {
      const path = join(this.root, file);
      if (text === undefined) rmSync(path, { force: true });
      else writeFileSync(path, text);
    }
    this.originals.clear();
  }

  /** Builds with `npm run build`'s command, over a stale site left in `dist/` to see that it is removed. */
  build(): BuildResult {
    mkdirSync(join(this.root, 'dist'), { recursive: true });
    writeFileSync(join(this.root, 'dist', 'index.html'), '<!doctype html><title>stale</title>');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return {
      status: result.status,
      output: `${result.stdout}${result.stderr}`,
      distLeft: existsSync(join(this.root, 'dist')),
    };
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
