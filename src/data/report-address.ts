/** Where readers' reports of a number that did not work go (`content/reports.yaml`). */
import { getEntry } from 'astro:content';
import type { ReportAddress } from '../lib/contacts/number-report.ts';

export async function reportAddress(): Promise<ReportAddress> {
  return (await getEntry('reports', 'reports'))!.data;
}
