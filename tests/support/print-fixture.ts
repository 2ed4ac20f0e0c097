/**
 * Fixtures for the print tests. `printFixture` copies the content `npm run
 * qr` reads, so a test can change it and record runs without touching the
 * project's own. `strongContent` is the project's content as if every line
 * met the print rule — an official source stating it, answered around the
 * clock — so the drawing and the checks of the PDFs can be tested whatever
 * today's content holds.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readCampaigns, readContactFiles, readShortLinks } from '../../src/loaders/content-files.ts';
import type { PrintContent } from '../../scripts/lib/print-job.ts';
import { UiStringsSchema } from '../../src/i18n/schema.ts';
import type { Contact } from '../../src/lib/contacts/contacts.ts';
import type { PrintableContact, PrintablePhone } from '../../src/lib/print/print-rule.ts';

const project = resolve(import.meta.dirname, '../..');

/** Copies the content into a new temporary folder and returns its path. */
export function printFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'print-content-'));
  for (const part of ['content', 'src/i18n']) cpSync(join(project, part), join(root, part), { recursive: true });
  return root;
}

/** A contact as if an official source stated each of its numbers and said it answers around the clock. */
export function strengthened(contact: Contact): Contact {
  const strong: PrintableContact & { phones: PrintablePhone[] } = {
    ...contact,
    open24h: true,
    phones: contact.phones.map((phone) => ({
      ...phone,
      line: 'voice',
      verification: { status: 'confirmed', basis: 'official', sources: [{ official: true }] },
    })),
  };
  return strong as unknown as Contact;
}

/** The project's content with every contact strengthened, for `preparePrint`. */
export async function strongContent(origin: string, today: string): Promise<PrintContent> {
  const { hotlines, destinations, byId, lead } = await readContactFiles(project);
  const strong = new Map([...byId].map(([id, contact]) => [id, strengthened(contact)]));
  const text = (locale: 'mn' | 'en') =>
    UiStringsSchema().parse(JSON.parse(readFileSync(join(project, 'src/i18n', `${locale}.json`), 'utf8')));
  return {
    origin,
    today,
    links: (await readShortLinks(project)).links,
    hotlines: hotlines.map((contact) => strong.get(contact.id)!),
    destinations: destinations.map((destination) => ({
      ...destination,
      emergency: destination.emergency.map((contact) => strong.get(contact.id)!),
      help: destination.help.map((contact) => strong.get(contact.id)!),
      missions: destination.missions.map((contact) => strong.get(contact.id)!),
    })),
    byId: strong,
    lead,
    campaigns: await readCampaigns(project),
    text: { mn: text('mn'), en: text('en') },
  };
}
