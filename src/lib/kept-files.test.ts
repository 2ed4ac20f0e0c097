import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeptFiles } from './kept-files.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kept-files-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('KeptFiles', () => {
  it('gives back what was kept under a key, as bytes or as a copy, and nothing for an unknown key', () => {
    const kept = new KeptFiles(join(root, 'cache'), '.json');
    expect(kept.read('abc')).toBeUndefined();
    expect(kept.copyTo('abc', join(root, 'out', 'a.json'))).toBe(false);
    kept.write('abc', '{"a":1}');
    expect(readdirSync(kept.directory)).toEqual(['abc.json']);
    expect(kept.read('abc')?.toString('utf8')).toBe('{"a":1}');
    expect(kept.copyTo('abc', join(root, 'out', 'a.json'))).toBe(true);
    expect(readFileSync(join(root, 'out', 'a.json'), 'utf8')).toBe('{"a":1}');
  });

  it('deletes what no build asked for in a month, and keeps what a build used', () => {
    const kept = new KeptFiles(root, '.png');
    kept.write('old', new Uint8Array([1]));
    kept.write('used', new Uint8Array([2]));
    const twoMonthsAgo = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
    for (const key of ['old', 'used']) utimesSync(join(root, `${key}.png`), twoMonthsAgo, twoMonthsAgo);
    kept.read('used');
    kept.prune();
    expect(existsSync(join(root, 'old.png'))).toBe(false);
    expect(existsSync(join(root, 'used.png'))).toBe(true);
  });

  it('prunes nothing when the folder does not exist yet', () => {
    expect(() => new KeptFiles(join(root, 'none'), '.png').prune()).not.toThrow();
  });
});
