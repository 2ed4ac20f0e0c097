/**
 * Makes the service worker (service-worker.ts) in a Node.js process of its
 * own: Workbox bundles its runtime with Babel, Rollup and Terser, some 100 MB
 * that stay in a process once loaded; apart, the build's own process does
 * not grow by them, and they are given back as soon as the worker is made.
 *
 * Run as a child process, this module makes the worker it is asked for once,
 * answers with it and ends.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeServiceWorker, type ServiceWorker } from './service-worker.ts';

interface Request {
  dist: string;
  files: readonly string[];
  shortLinks: ReadonlyMap<string, string>;
}

type Answer = { worker: ServiceWorker } | { error: string };

const THIS_FILE = fileURLToPath(import.meta.url);

/** `makeServiceWorker` with Workbox, in a child process. */
export function makeServiceWorkerApart(
  dist: string,
  files: readonly string[],
  shortLinks: ReadonlyMap<string, string>,
): Promise<ServiceWorker> {
  // No options of this process (a profiler, a memory probe): the child is only a worker's maker.
  const child = fork(THIS_FILE, [], { serialization: 'advanced', execArgv: [], stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (answer: Answer) => {
      if ('error' in answer) reject(new Error(answer.error));
      else {
        const { contents } = answer.worker;
        // A Buffer crosses as the bytes it views.
        resolve({ ...answer.worker, contents: Buffer.from(contents.buffer, contents.byteOffset, contents.length) });
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The service worker's process ended (${code}) without one`)));
    child.send({ dist, files, shortLinks } satisfies Request);
  });
}

if (process.argv[1] === THIS_FILE && process.send) {
  process.once('message', async ({ dist, files, shortLinks }: Request) => {
    let answer: Answer;
    try {
      const { generateSW } = await import('workbox-build');
      answer = { worker: await makeServiceWorker(dist, files, shortLinks, generateSW) };
    } catch (error) {
      answer = { error: (error as Error).message };
    }
    process.send!(answer, () => process.disconnect());
  });
}
