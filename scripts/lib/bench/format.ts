/** How the benchmark writes numbers and tables, in the terminal and in Markdown. */

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** Bytes in the unit that reads best: `512 B`, `12.3 KB`, `45.6 MB`, `2.38 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${Math.round(bytes)} B`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < GB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / GB).toFixed(2)} GB`;
}

/** Exact bytes, for figures held against a budget in bytes: `5,432 B`. */
export function formatByteCount(bytes: number): string {
  return `${Math.round(bytes).toLocaleString('en-US')} B`;
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

/** Elapsed time for progress lines: `0:07`, `12:34`, `1:02:03`. */
export function formatElapsed(milliseconds: number): string {
  const total = Math.floor(milliseconds / 1000);
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** This site's value over Starlight's; NaN when Starlight's is zero. */
export function ratio(site: number, starlight: number): number {
  return starlight === 0 ? Number.NaN : site / starlight;
}

export function formatRatio(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? value.toFixed(2) : '–';
}

/** Rows of cells as plain text in columns; the columns in `right` aligned right. */
export function alignedTable(table: readonly (readonly string[])[], right: ReadonlySet<number>): string {
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return table
    .map((row) =>
      row
        .map((cell, column) => (right.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Rows of cells as a Markdown table; the columns in `right` aligned right. */
export function markdownTable(table: readonly (readonly string[])[], right: ReadonlySet<number>): string {
  const [header, ...body] = table;
  const rule = header!.map((_, column) => (right.has(column) ? '---:' : '---'));
  return [header!, rule, ...body].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
