/**
 * Checks across content files that no single file's schema can make: a
 * destination file named after its country, missions that a country without
 * its own refers to, ids unique across the site, sources that name a known
 * list, no fax behind a call button, and no unpublished number in any text.
 */
import { isPublished, type Contact, type Localized } from './contacts.ts';
import { SLUG_PATTERN, type Destination } from './destinations.ts';
import { SITE_MAP, sectionPath } from '../site-map.ts';
import { unpublishedMentions } from './number-mentions.ts';

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

/** A list many sources copy (`content/source-lists.yaml`). */
export interface SourceList {
  id: string;
  title: Localized;
  /** It gives second numbers that turn out to be faxes. */
  mixesFax: boolean;
}

/**
 * Gives every source that names a list but no title of its own the list's
 * title, so readers see what the source is. Sources are shared with each
 * number's verification, so both show the same name.
 */
export function nameListedSources(contacts: readonly Contact[], lists: readonly SourceList[]): void {
  const titles = new Map(lists.map((list) => [list.id, list.title]));
  for (const source of contacts.flatMap((contact) => contact.sources)) {
    if (source.list && !source.title && titles.has(source.list)) source.title = titles.get(source.list)!;
  }
}

/** Where a contact sits in its file, for messages: `missions[2].`, or nothing for a hotline file. */
export interface Located {
  file: string;
  at: string;
  contact: Contact;
}

export function located(
  hotlineFiles: readonly string[],
  hotlines: readonly Contact[],
  files: readonly DestinationFile[],
) {
  const all: Located[] = hotlines.map((contact, index) => ({ file: hotlineFiles[index]!, at: '', contact }));
  for (const { file, destination } of files) {
    for (const section of ['emergency', 'help', 'missions'] as const) {
      destination[section].forEach((contact, index) => all.push({ file, at: `${section}[${index}].`, contact }));
    }
  }
  return all;
}

/** Digits of every published number, as written and in international form, for checking running text. */
export function publishedDigits(contacts: readonly Contact[]): Set<string> {
  const digits = new Set<string>();
  for (const contact of contacts.filter(isPublished)) {
    for (const phone of contact.phones) {
      digits.add(phone.written.replace(/\D/g, ''));
      if (phone.e164) digits.add(phone.e164.slice(1));
      if (phone.abroad) digits.add(phone.abroad.international.replace(/\D/g, ''));
    }
  }
  return digits;
}

/**
 * The checks that need sources and lists together: a source names a known
 * list; a mission's second number that only a list known to give faxes
 * states must say it is a fax, or have a source or call showing it is a
 * voice line; no text of a contact or destination holds a number the site
 * does not publish.
 */
export function sourceProblems(
  hotlineFiles: readonly string[],
  hotlines: readonly Contact[],
  files: readonly DestinationFile[],
  lists: readonly SourceList[],
): string[] {
  const problems: string[] = [];
  const listsById = new Map(lists.map((list) => [list.id, list]));
  const contacts = located(hotlineFiles, hotlines, files);
  const published = publishedDigits(contacts.map(({ contact }) => contact));
  for (const { file, at, contact } of contacts) {
    contact.sources.forEach((source, index) => {
      if (source.list && !listsById.has(source.list)) {
        problems.push(
          `${file}: ${at}source[${index}].list: no list "${source.list}" in content/source-lists.yaml; known: ${[...listsById.keys()].join(', ')}`,
        );
      }
    });
    if (contact.mission) {
      contact.phones.forEach((phone, index) => {
        if (index === 0 || phone.line !== 'voice') return;
        const { sources, calls } = phone.verification;
        const onlyFaxMixingLists =
          sources.length > 0 && sources.every((source) => source.list && listsById.get(source.list)?.mixesFax);
        if (onlyFaxMixingLists && !calls.some((call) => call.outcome === 'answered')) {
          const list = listsById.get(sources[0]!.list!)!;
          problems.push(
            `${file}: ${at}phones[${index}]: "${phone.written}" comes only from "${list.title.en}", which gives faxes as second numbers: mark it "line: fax", or add a source or a test call that shows it is a voice line`,
          );
        }
      });
    }
    const texts: [string, Localized | undefined][] = [
      ['notes', contact.notes],
      ['purpose', contact.purpose],
      ['hours', contact.hours],
      ...contact.phones.map((phone, index): [string, Localized | undefined] => [`phones[${index}].label`, phone.label]),
    ];
    for (const [field, text] of texts) problems.push(...mentionProblems(`${file}: ${at}${field}`, text, published));
  }
  for (const { file, destination } of files) {
    problems.push(...mentionProblems(`${file}: notes`, destination.notes, published));
    problems.push(...mentionProblems(`${file}: otherMissions`, destination.otherMissions, published));
  }
  return problems;
}

function mentionProblems(where: string, text: Localized | undefined, published: ReadonlySet<string>): string[] {
  if (!text) return [];
  return Object.entries(text).flatMap(([locale, value]) =>
    unpublishedMentions(value, published).map(
      (mention) =>
        `${where}.${locale}: "${mention}" is not a number this site publishes; a number in text gets dialled, so write only published numbers (or none)`,
    ),
  );
}

/**
 * A former slug's addresses redirect to the one destination that claims it:
 * never a slug some destination still has, never claimed by two.
 */
export function formerSlugProblems(files: readonly Pick<DestinationFile, 'file' | 'id' | 'destination'>[]): string[] {
  const problems: string[] = [];
  const current = new Map(files.map(({ file, id }) => [id, file]));
  const claimed = new Map<string, string>();
  for (const { file, destination } of files) {
    destination.formerSlugs.forEach((slug, index) => {
      const at = `${file}: formerSlugs[${index}]`;
      const holder = current.get(slug);
      const other = claimed.get(slug);
      if (holder) {
        problems.push(`${at}: "${slug}" is the slug of ${holder}; a page that answers cannot also redirect`);
      } else if (other) {
        problems.push(`${at}: "${slug}" is already a former slug of ${other}; an old address leads to one destination`);
      } else {
        claimed.set(slug, file);
      }
    });
  }
  return problems;
}

/** One `file: field: reason` line per problem. */
export function contactProblems(hotlines: readonly Contact[], files: readonly DestinationFile[]): string[] {
  const problems: string[] = [];
  const byId = contactsById(hotlines, files);
  const countries = new Map<string, string>();
  for (const { file, id, destination } of files) {
    const codeSlug = destination.code.toLowerCase();
    const page = (slug: string) => `/${sectionPath(SITE_MAP.abroad, slug)}`;
    if (!SLUG_PATTERN.test(id)) {
      problems.push(
        `${file}: the file name is the page's address, ${page(id)}; use lowercase ASCII letters, digits and hyphens`,
      );
    } else if (id !== codeSlug && destination.formerSlugs.length === 0) {
      problems.push(
        `${file}: country: "${destination.code}" does not match the file name; name the file ${codeSlug}.yaml: its name is the page's address, ${page(codeSlug)}, which links and printed codes lead to — or, to move the page, add "formerSlugs: [${codeSlug}]" to this file so the old addresses redirect`,
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
  problems.push(...formerSlugProblems(files));
  return problems;
}
