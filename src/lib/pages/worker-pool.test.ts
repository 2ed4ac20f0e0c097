import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { poolSize, processWorker, WorkerPool } from './worker-pool.ts';

const POOL_MODULE = new URL('./worker-pool.ts', import.meta.url).href;

/** A worker serving `handler` (JavaScript source of an async function) through `serveTasks`. */
function startWorker(handler: string): () => Worker {
  const source = `import(${JSON.stringify(POOL_MODULE)}).then(({ serveTasks }) => serveTasks(${handler}));`;
  return () => new Worker(source, { eval: true });
}

describe('poolSize', () => {
  it('takes one worker per core, never more than there are tasks, and at least one', () => {
    expect(poolSize(100, 4)).toBe(4);
    expect(poolSize(2, 4)).toBe(2);
    expect(poolSize(0, 4)).toBe(1);
  });
});

describe('WorkerPool', () => {
  it('runs every task on the workers and gives each its own answer', async () => {
    const pool = new WorkerPool<number, { square: number; thread: number }>(
      startWorker(
        `async (n) => { await new Promise((r) => setTimeout(r, 5)); return { square: n * n, thread: require('node:worker_threads').threadId }; }`,
      ),
      2,
    );
    try {
      expect(pool.started).toBe(0);
      const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => pool.run(n)));
      expect(pool.started).toBe(2);
      expect(answers.map((answer) => answer.square)).toEqual([0, 1, 4, 9, 16, 25, 36, 49]);
      expect(new Set(answers.map((answer) => answer.thread)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('moves bytes back from the worker, starting only the workers it needs', async () => {
    const pool = new WorkerPool<number, Uint8Array>(startWorker('async (n) => new Uint8Array(n).fill(7)'), 4);
    try {
      expect([...(await pool.run(3))]).toEqual([7, 7, 7]);
      expect([...(await pool.run(2))]).toEqual([7, 7]);
      // One task at a time needs no second worker.
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('fails a task with the message of what the worker threw, and goes on with the others', async () => {
    const pool = new WorkerPool<number, number>(
      startWorker(`async (n) => { if (n === 2) throw new Error('cannot draw ' + n); return n; }`),
      2,
    );
    try {
      const results = await Promise.allSettled([1, 2, 3].map((n) => pool.run(n)));
      expect(results.map((result) => (result.status === 'fulfilled' ? result.value : result.reason.message))).toEqual([
        1,
        'cannot draw 2',
        3,
      ]);
    } finally {
      await pool.close();
    }
  });

  it('fails the task in hand and every later one when a worker dies', async () => {
    const pool = new WorkerPool<number, number>(startWorker('async () => process.exit(3)'), 1);
    try {
      const results = await Promise.allSettled([pool.run(1), pool.run(2)]);
      expect(results.map((result) => result.status === 'rejected' && result.reason.message)).toEqual([
        'a worker stopped with exit code 3',
        'a worker stopped with exit code 3',
      ]);
      await expect(pool.run(3)).rejects.toThrow(/exit code 3/);
    } finally {
      await pool.close();
    }
  });
});

describe('WorkerPool, with processes of their own', () => {
  const folder = mkdtempSync(join(tmpdir(), 'worker-pool-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** A script serving `handler` through `serveTasks`, as a process started by `processWorker` runs it. */
  function startProcess(handler: string): () => ReturnType<typeof processWorker> {
    const script = join(folder, `worker-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(
      script,
      `const { serveTasks } = await import(${JSON.stringify(POOL_MODULE)});\nserveTasks(${handler});\n`,
    );
    return () => processWorker(pathToFileURL(script));
  }

  it('runs the tasks in other processes and brings their bytes back', async () => {
    const pool = new WorkerPool<number, { pid: number; bytes: Uint8Array }>(
      startProcess('async (n) => ({ pid: process.pid, bytes: new Uint8Array(n).fill(7) })'),
      2,
    );
    try {
      const answers = await Promise.all([1, 2, 3, 4].map((n) => pool.run(n)));
      expect(answers.map((answer) => [...answer.bytes])).toEqual([[7], [7, 7], [7, 7, 7], [7, 7, 7, 7]]);
      expect(answers.every((answer) => answer.pid !== process.pid)).toBe(true);
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('fails a task with what the process threw, and every task once a process dies', async () => {
    const throwing = new WorkerPool<number, number>(startProcess(`async (n) => { throw new Error('no ' + n); }`), 1);
    const dying = new WorkerPool<number, number>(startProcess('async () => process.exit(4)'), 1);
    try {
      await expect(throwing.run(1)).rejects.toThrow('no 1');
      await expect(dying.run(1)).rejects.toThrow('a worker stopped with exit code 4');
      await expect(dying.run(2)).rejects.toThrow('a worker stopped with exit code 4');
    } finally {
      await Promise.all([throwing.close(), dying.close()]);
    }
  });
});
