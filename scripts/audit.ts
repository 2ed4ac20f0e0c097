/**
 * Lists every contact by status and by the age of its newest source, so
 * editors know what to re-check first.
 *
 *   node scripts/audit.ts [--date YYYY-MM-DD]
 */
import { parseArgs } from 'node:util';
import { auditSummary, auditTable, contactAudit } from '../src/lib/contacts/audit.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { isCalendarDate } from '../src/lib/content/dates.ts';
import { readContactFiles } from '../src/loaders/content-files.ts';

const { values } = parseArgs({ options: { date: { type: 'string' } } });
const today = values.date ?? new Date().toISOString().slice(0, 10);
if (!isCalendarDate(today)) {
  console.error(`--date: "${today}" is not a date written YYYY-MM-DD`);
  process.exit(2);
}

try {
  const rows = contactAudit(await readContactFiles(process.cwd()), today);
  console.log(`Contact audit on ${today}: weakest and oldest first.\n`);
  console.log(auditTable(rows));
  console.log(`\n${auditSummary(rows)}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
