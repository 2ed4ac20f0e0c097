import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServiceWorkerApart } from './service-worker-process.ts';

const FILES = [
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

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'service-worker-process-'));
  for (const file of FILES) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), `<p>${file}</p>`);
  }
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
