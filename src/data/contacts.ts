/**
 * Every contact the site knows, read once from the content collections and
 * checked as a whole.
 */
import { getCollection } from 'astro:content';
import {
  allContacts,
  contactProblems,
  contactsById,
  nameListedSources,
  sourceProblems,
} from '../lib/contacts/contact-checks.ts';
import { assertNoProblems } from '../lib/content/content-error.ts';
import type { Contact } from '../lib/contacts/contacts.ts';
import type { Destination } from '../lib/contacts/destinations.ts';

export interface ContactData {
  /** Mongolia-wide lines, by file name. */
  hotlines: Contact[];
  /** Destinations in file order. */
  destinations: Destination[];
  /** Every contact, hotlines and destinations alike, by id (`police`, `kr/embassy-seoul`). */
  byId: Map<string, Contact>;
}

let loaded: Promise<ContactData> | undefined;

/** Loads and cross-checks all contacts; every page shares the one result. */
export function contactData(): Promise<ContactData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<ContactData> {
  const hotlineEntries = await getCollection('hotlines');
  const hotlines = hotlineEntries.map((entry) => ({ ...entry.data, id: entry.id }));
  const lists = (await getCollection('sourceLists')).map((entry) => entry.data);
  const files = (await getCollection('countries')).map((entry) => ({
    file: entry.filePath!,
    id: entry.id,
    destination: entry.data,
  }));
  assertNoProblems('Contacts do not fit together:', [
    ...contactProblems(hotlines, files),
    ...sourceProblems(
      hotlineEntries.map((entry) => entry.filePath!),
      hotlines,
      files,
      lists,
    ),
  ]);
  const destinations = files.map(({ destination }) => destination);
  nameListedSources([...hotlines, ...destinations.flatMap(allContacts)], lists);
  return { hotlines, destinations, byId: contactsById(hotlines, files) };
}
