/**
 * Resident memory of a process and everything it started, read from Linux's
 * `/proc`. A build's peak memory is more than its own process: Pagefind, for
 * one, indexes in a child process of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessEntry {
  pid: number;
  ppid: number;
  /** Resident memory, in pages. */
  rssPages: number;
}

/**
 * Reads `/proc/<pid>/stat`. The command name, in parentheses, may hold spaces
 * and parentheses itself, so fields are counted from the last `)`: the parent
 * is field 4 and the resident set field 24 (proc(5)).
 */
export function parseStat(text: string): ProcessEntry | undefined {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  if (close < 0 || !Number.isInteger(pid)) return undefined;
  const fields = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const [ppid, rssPages] = [Number(fields[1]), Number(fields[21])];
  if (!Number.isInteger(ppid) || !Number.isInteger(rssPages)) return undefined;
  return { pid, ppid, rssPages };
}

/** The resident pages of `root` and all its descendants. */
export function treePages(entries: readonly ProcessEntry[], root: number): number {
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of entries) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
  const self = entries.find((entry) => entry.pid === root);
  if (!self) return 0;
  let total = 0;
  const queue = [self];
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    total += entry.rssPages;
    queue.push(...(children.get(entry.pid) ?? []));
  }
  return total;
}

/** Bytes in a page of memory; 4 KiB on the machines this runs on, as `getconf PAGESIZE` says. */
const PAGE_SIZE = 4096;

/** Resident bytes of `root` and its descendants now, or undefined where there is no `/proc`. */
export function treeResidentBytes(root: number): number | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const entries: ProcessEntry[] = [];
  for (const name of names) {
    try {
      const entry = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (entry) entries.push(entry);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return treePages(entries, root) * PAGE_SIZE;
}
