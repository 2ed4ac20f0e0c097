/**
 * Loaded into a build with `node --import`: at exit, writes the process's
 * peak resident memory, in bytes, to the file named by `BENCH_MAXRSS_FILE`.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  // resourceUsage() gives maxRSS in kilobytes.
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
}
