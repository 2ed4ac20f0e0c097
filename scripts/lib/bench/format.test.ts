import { describe, expect, it } from 'vitest';
import {
  alignedTable,
  formatByteCount,
  formatBytes,
  formatElapsed,
  formatRatio,
  formatSeconds,
  markdownTable,
  ratio,
} from './format.ts';

describe('formatting', () => {
  it('writes bytes in the unit that reads best, or exactly', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(45.6 * 1024 * 1024)).toBe('45.6 MB');
    expect(formatBytes(2434.7 * 1024 * 1024)).toBe('2.38 GB');
    expect(formatByteCount(5432.5)).toBe('5,433 B');
  });

  it('writes short times with two decimals, long ones with one', () => {
    expect(formatSeconds(0.134)).toBe('0.13 s');
    expect(formatSeconds(42.06)).toBe('42.1 s');
  });

  it('writes elapsed time as a clock', () => {
    expect(formatElapsed(7_900)).toBe('0:07');
    expect(formatElapsed(754_000)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('divides this site by Starlight, and shows a dash when there is nothing to divide', () => {
    expect(ratio(30, 100)).toBe(0.3);
    expect(formatRatio(ratio(30, 100))).toBe('0.30');
    expect(formatRatio(ratio(5, 0))).toBe('–');
    expect(formatRatio(undefined)).toBe('–');
  });
});

describe('tables', () => {
  const table = [
    ['name', 'bytes'],
    ['a', '5'],
    ['longer', '1234'],
  ];

  it('aligns plain-text columns, numbers on the right', () => {
    expect(alignedTable(table, new Set([1]))).toBe('name    bytes\na           5\nlonger   1234');
  });

  it('writes Markdown with the alignment row', () => {
    expect(markdownTable(table, new Set([1]))).toBe('| name | bytes |\n| --- | ---: |\n| a | 5 |\n| longer | 1234 |');
  });
});
