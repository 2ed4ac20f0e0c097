import { describe, expect, it } from 'vitest';
import { parseStat, treePages } from './process-memory.ts';

/** A line of /proc/<pid>/stat with the given parent and resident pages; the other fields do not matter. */
const stat = (pid: number, command: string, ppid: number, rss: number) =>
  `${pid} (${command}) S ${ppid} ${Array.from({ length: 19 }, () => '0').join(' ')} ${rss} 18446744073709551615 1 1\n`;

describe('parseStat', () => {
  it('reads the parent and resident pages', () => {
    expect(parseStat(stat(42, 'node', 7, 12345))).toEqual({ pid: 42, ppid: 7, rssPages: 12345 });
  });

  it('counts fields after the command, which may hold spaces and parentheses', () => {
    expect(parseStat(stat(43, 'odd ) name (x)', 42, 99))).toEqual({ pid: 43, ppid: 42, rssPages: 99 });
  });

  it('returns undefined for anything else', () => {
    expect(parseStat('')).toBeUndefined();
    expect(parseStat('12 (x) S')).toBeUndefined();
  });
});

describe('treePages', () => {
  const entries = [
    { pid: 1, ppid: 0, rssPages: 1000 },
    { pid: 10, ppid: 1, rssPages: 100 },
    { pid: 11, ppid: 10, rssPages: 20 },
    { pid: 12, ppid: 11, rssPages: 3 },
    { pid: 13, ppid: 1, rssPages: 500 },
  ];

  it('adds up a process and all its descendants, and nothing else', () => {
    expect(treePages(entries, 10)).toBe(123);
    expect(treePages(entries, 12)).toBe(3);
  });

  it('is 0 for a process that has ended', () => {
    expect(treePages(entries, 99)).toBe(0);
  });
});
