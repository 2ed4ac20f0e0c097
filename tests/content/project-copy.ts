/**
 * A copy of the project in a temporary folder, to build with broken content
 * without touching the real one. Each change is undone before the next.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  /** Whether `dist/` is still there after the build. */
  distLeft: boolean;
}

/**
 * How many copies build at once: one per core, up to four. The content
 * project runs at most this many tests at a time, so none waits for a copy.
 */
export const PARALLEL_BUILDS = Math.min(availableParallelism(), 4);

const BUILD_COMMAND = ['scripts/build.ts'];
const BUILD_ENV = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

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
    this.leaveStaleSite();
    const result = spawnSync(process.execPath, BUILD_COMMAND, { cwd: this.root, encoding: 'utf8', env: BUILD_ENV });
    return this.result(result.status, `${result.stdout}${result.stderr}`);
  }

  /** Runs one of the project's scripts in the copy, as `npm run` would: its status and its output. */
  run(script: string, args: readonly string[] = []): { status: number | null; output: string } {
    const result = spawnSync(process.execPath, [script, ...args], { cwd: this.root, encoding: 'utf8', env: BUILD_ENV });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  /** As `build()`, without blocking: other copies can build at the same time, one per core. */
  buildInParallel(): Promise<BuildResult> {
    this.leaveStaleSite();
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, BUILD_COMMAND, { cwd: this.root, env: BUILD_ENV });
      // The output as `build()` gives it: all of stdout, then all of stderr.
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      child.once('error', fail);
      child.once('close', (status) => done(this.result(status, `${stdout}${stderr}`)));
    });
  }

  private leaveStaleSite(): void {
    mkdirSync(join(this.root, 'dist'), { recursive: true });
    writeFileSync(join(this.root, 'dist', 'index.html'), '<!doctype html><title>stale</title>');
  }

  private result(status: number | null, output: string): BuildResult {
    return { status, output, distLeft: existsSync(join(this.root, 'dist')) };
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Copies of the project to build side by side, one per core: a test takes a
 * free copy, breaks and builds it, and puts it back as it was.
 */
export class ProjectCopies {
  readonly copies: readonly ProjectCopy[];
  private readonly free: ProjectCopy[];
  private readonly waiting: ((copy: ProjectCopy) => void)[] = [];

  constructor(count = PARALLEL_BUILDS) {
    this.copies = Array.from({ length: Math.max(1, count) }, () => new ProjectCopy());
    this.free = [...this.copies];
  }

  /** Runs `use` with a copy no other test holds, then restores the copy and frees it. */
  async with<T>(use: (project: ProjectCopy) => Promise<T>): Promise<T> {
    const project = this.free.pop() ?? (await new Promise<ProjectCopy>((take) => this.waiting.push(take)));
    try {
      return await use(project);
    } finally {
      project.restore();
      const next = this.waiting.shift();
      if (next) next(project);
      else this.free.push(project);
    }
  }

  dispose(): void {
    for (const copy of this.copies) copy.dispose();
  }
}
