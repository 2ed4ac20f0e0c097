/**
 * Every contact the site knows, read once from the content collections and
 * checked as a whole.
 */
import { getCollection, getEntry } from 'astro:content';
import { assembleContacts, type ContactData } from '../lib/contacts/contact-data.ts';

export type { ContactData } from '../lib/contacts/contact-data.ts';

let loaded: Promise<ContactData> | undefined;

/** Loads and cross-checks all contacts; every page shares the one result. */
export function contactData(): Promise<ContactData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<ContactData> {
  const entries = await getCollection('hotlines');
  const leadLines = await getEntry('leadLines', 'lead-lines');
  const linkDomains = await getEntry('linkDomains', 'link-domains');
  return assembleContacts({
    hotlines: entries.map((entry) => ({ file: entry.filePath!, id: entry.id, data: entry.data })),
    destinations: (await getCollection('countries')).map((entry) => ({
      file: entry.filePath!,
      id: entry.id,
      destination: entry.data,
    })),
    lists: (await getCollection('sourceLists')).map((entry) => entry.data),
    leadLines: leadLines!.data,
    linkDomains: linkDomains!.data.domains,
  });
}
