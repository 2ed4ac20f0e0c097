/**
 * A few worker threads that run one kind of task, for work that keeps a core
 * busy (drawing preview images): the build's own thread hands out inputs and
 * collects outputs, each worker takes the next input as soon as it is free.
 * The worker script calls `serveTasks` with the function it runs.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

interface Task<Input, Output> {
  id: number;
  input: Input;
  resolve: (output: Output) => void;
  reject: (error: Error) => void;
}

type Reply<Output> = { id: number; output: Output } | { id: number; error: string };

/** One worker per core the process may use; never more than there are tasks. */
export function poolSize(tasks: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, tasks));
}

export class WorkerPool<Input, Output> {
  private readonly start: () => Worker;
  private readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task<Input, Output>>();
  private readonly queue: Task<Input, Output>[] = [];
  private workers: Worker[] = [];
  private nextId = 0;
  /** Set when a worker died: every later task fails with it, since the pool cannot be trusted to finish. */
  private broken: Error | undefined;

  /** `start` starts one worker running a script that calls `serveTasks`. */
  constructor(start: () => Worker, size: number) {
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

  private spawn(): Worker {
    const worker = this.start();
    this.workers.push(worker);
    worker.on('message', (reply: Reply<Output>) => {
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
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker thread stopped with exit code ${code}`)));
    return worker;
  }
}

/**
 * The worker's side: runs `handle` on each input it is sent and replies with
 * the output, or with the error's message. An output's `ArrayBuffer`s are
 * moved to the build's thread, not copied.
 */
export function serveTasks<Input, Output>(handle: (input: Input) => Promise<Output>): void {
  if (!parentPort) throw new Error('serveTasks runs in a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, input }: { id: number; input: Input }) => {
    try {
      const output = await handle(input);
      const ownsBuffer = output instanceof Uint8Array && output.byteLength === output.buffer.byteLength;
      const transfer = ownsBuffer ? [output.buffer as ArrayBuffer] : [];
      port.postMessage({ id, output }, transfer);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
