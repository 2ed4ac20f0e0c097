/**
 * The register of print runs and the printed numbers that have changed
 * since, read once. Each change is reported on the build's output with its
 * run and card, so editors see which cards in circulation now carry an old
 * number.
 */
import { getEntry } from 'astro:content';
import { describeChange, type PrintedChange, printedChanges } from '../lib/print/printed-changes.ts';
import { contactData } from './contacts.ts';
import { shortLinks } from './short-links.ts';

let loaded: Promise<PrintedChange[]> | undefined;

/** Every printed number that has changed; the short links' checks have already refused a broken register. */
export function changedPrintedNumbers(): Promise<PrintedChange[]> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<PrintedChange[]> {
  await shortLinks();
  const { byId } = await contactData();
  // Print takes only confirmed numbers; one that is no longer confirmed has lost what let it be printed.
  const { runs } = (await getEntry('printRuns', 'print-runs'))!.data;
  const changes = printedChanges(runs, byId, (contact) => contact.status === 'confirmed');
  for (const change of changes) console.warn(`Printed number changed: ${describeChange(change)}`);
  return changes;
}
