import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEPT_SITE_FILES, writeSite } from './offline-fixture.ts';
import { makeServiceWorkerApart } from './service-worker-process.ts';

const FILES = KEPT_SITE_FILES;

let dist: string;
beforeAll(() => {
  dist = writeSite('service-worker-process-', FILES);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('makeServiceWorkerApart', () => {
  it('makes the worker with Workbox in a process of its own', async () => {
    const worker = await makeServiceWorkerApart(dist, FILES, new Map([['kr', 'abroad/kr']]));
    const text = worker.contents.toString();
    expect(worker.files).toBe(FILES.length);
    expect(text).toContain('url:"/abroad/kr"');
    expect(text).toContain('fallbackURL:"/abroad/kr"');
    expect(text).toContain('self.skipWaiting()');
  }, 30_000);

  it('stops with the reason the worker could not be made', async () => {
    await expect(makeServiceWorkerApart(dist, FILES.slice(1), new Map())).rejects.toThrow(
      'dist/index.html is missing; it must be kept for offline use',
    );
  }, 30_000);
});
