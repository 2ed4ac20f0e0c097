/**
 * Checks across content files that no single file's schema can make: a
 * destination file named after its country, missions that a country without
 * its own refers to, ids unique across the site.
 */
import type { Contact } from './contacts.ts';
import type { Destination } from './destinations.ts';

export interface DestinationFile {
  /** The file's path from the project root, for messages. */
  file: string;
  /** The file's name without `.yaml`. */
  id: string;
  destination: Destination;
}

/** Every contact by id; later duplicates are reported by `contactProblems`. */
export function contactsById(hotlines: readonly Contact[], files: readonly DestinationFile[]): Map<string, Contact> {
  const byId = new Map<string, Contact>();
  for (const contact of [...hotlines, ...files.flatMap(({ destination }) => allContacts(destination))]) {
    if (!byId.has(contact.id)) byId.set(contact.id, contact);
  }
  return byId;
}

export function allContacts(destination: Destination): Contact[] {
  return [...destination.emergency, ...destination.help, ...destination.missions];
}

/** One `file: field: reason` line per problem. */
export function contactProblems(hotlines: readonly Contact[], files: readonly DestinationFile[]): string[] {
  const problems: string[] = [];
  const byId = contactsById(hotlines, files);
  const countries = new Map<string, string>();
  for (const { file, id, destination } of files) {
    if (id !== destination.slug) {
      problems.push(
        `${file}: country: "${destination.code}" does not match the file name; name the file ${destination.slug}.yaml`,
      );
    }
    const other = countries.get(destination.code);
    if (other) problems.push(`${file}: country: ${destination.code} is already described in ${other}`);
    else countries.set(destination.code, file);

    destination.coveredBy.forEach((ref, index) => {
      const target = byId.get(ref);
      if (!target) problems.push(`${file}: coveredBy[${index}]: no contact "${ref}" exists`);
      else if (!target.mission) problems.push(`${file}: coveredBy[${index}]: "${ref}" is not a mission`);
    });
    if (destination.missions.length === 0 && destination.coveredBy.length === 0) {
      problems.push(
        `${file}: missions: list the Mongolian missions there, or under coveredBy the ones elsewhere that cover it`,
      );
    }
  }
  return problems;
}
