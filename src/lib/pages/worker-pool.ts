/**
 * A few workers that run one kind of task, for work that keeps a core busy
 * (drawing preview images): the build's own thread hands out inputs and
 * collects outputs, each worker takes the next input as soon as it is free.
 * A worker is a thread, or a Node.js process of its own (`processWorker`)
 * for work whose memory should leave with it: a thread's native allocations
 * stay in the build's process after the thread ends. The worker script calls
 * `serveTasks` with the function it runs.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';

interface Task<Input, Output> {
  id: number;
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: Error) => void;
}

type Reply<Output> = { id: number; output: Output } | { id: number; error: string };

/** What the pool needs of a worker: a `Worker` thread, or a process started by `processWorker`. */
export interface PoolWorker {
  postMessage(message: unknown): void;
  on(event: 'message' | 'error' | 'exit', listener: (value: unknown) => void): unknown;
  terminate(): Promise<unknown>;
}

/** A worker running `script` (which calls `serveTasks`) in a Node.js process of its own. */
export function processWorker(script: URL): PoolWorker {
  // Not this process's options (a profiler, a memory probe): the child only serves tasks.
  const child = fork(fileURLToPath(script), [], { serialization: 'advanced', execArgv: [], stdio: 'inherit' });
  return {
    postMessage: (message) => void child.send(message as object),
    on: (event, listener) => child.on(event, listener as (...values: unknown[]) => void),
    terminate: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** One worker per core the process may use; never more than there are tasks. */
export function poolSize(tasks: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, tasks));
}

export class WorkerPool<Input, Output> {
  private readonly start: () => PoolWorker;
  private readonly size: number;
  private readonly idle: PoolWorker[] = [];
  private readonly busy = new Map<PoolWorker, Task<Input, Output>>();
  private readonly queue: Task<Input, Output>[] = [];
  private workers: PoolWorker[] = [];
  private nextId = 0;
  /** Set when a worker died: every later task fails with it, since the pool cannot be trusted to finish. */
  private broken: Error | undefined;

  /** `start` starts one worker running a script that calls `serveTasks`. */
  constructor(start: () => PoolWorker, size: number) {
    this.start = start;
    this.size = Math.max(1, size);
  }

  /** Runs `input` on the next free worker, starting one if fewer than `size` run. */
  run(input: Input): Promise<Output> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** How many workers have been started: none until a task is run. */
  get started(): number {
    return this.workers.length;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ id: task.id, input: task.input });
    }
  }

  private spawn(): PoolWorker {
    const worker = this.start();
    this.workers.push(worker);
    worker.on('message', (message) => {
      const reply = message as Reply<Output>;
      const task = this.busy.get(worker);
      if (!task || task.id !== reply.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.output);
      this.dispatch();
    });
    const fail = (error: Error) => {
      if (!this.workers.includes(worker)) return;
      this.broken = error;
      this.busy.get(worker)?.reject(error);
      this.busy.delete(worker);
      for (const task of this.queue.splice(0)) task.reject(error);
    };
    worker.on('error', (error) => fail(error as Error));
    worker.on('exit', (code) => fail(new Error(`a worker stopped with exit code ${code}`)));
    return worker;
  }
}

/**
 * The worker's side: runs `handle` on each input it is sent and replies with
 * the output, or with the error's message. From a thread, an output's
 * `ArrayBuffer`s are moved to the build's thread, not copied.
 */
export function serveTasks<Input, Output>(handle: (input: Input) => Promise<Output>): void {
  const port = parentPort;
  const send = process.send?.bind(process);
  if (!port && !send) throw new Error('serveTasks runs in a worker thread or a process started by processWorker');
  const reply = (message: Reply<Output>, transfer: ArrayBuffer[] = []) =>
    port ? port.postMessage(message, transfer) : send!(message);
  const serve = async ({ id, input }: { id: number; input: Input }) => {
    try {
      const output = await handle(input);
      const ownsBuffer = output instanceof Uint8Array && output.byteLength === output.buffer.byteLength;
      reply({ id, output }, ownsBuffer ? [output.buffer as ArrayBuffer] : []);
    } catch (error) {
      reply({ id, error: error instanceof Error ? error.message : String(error) });
    }
  };
  if (port) port.on('message', serve);
  else process.on('message', serve);
}
