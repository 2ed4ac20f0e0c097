/**
 * Every contact the site knows, put together from the content files and
 * checked as a whole. The site's pages and the command-line tools both build
 * their contacts here, from the same files read the same way.
 */
import { isAllowedHost } from '../checks/link-check.ts';
import { assertNoProblems } from '../content/content-error.ts';
import {
  allContacts,
  contactProblems,
  contactsById,
  located,
  nameListedSources,
  sourceProblems,
  type DestinationFile,
  type SourceList,
} from './contact-checks.ts';
import { emergencyCallProblems, emergencyContactIds } from './call-records.ts';
import type { Contact } from './contacts.ts';
import type { Destination } from './destinations.ts';
import { type LeadLineIds, type LeadLines, resolveLeadLines } from './lead-lines.ts';
import { SHORT_CODE_SHAPES, SHORT_CODES_FILE } from './short-codes.ts';

export interface ContactFiles {
  /** Mongolia-wide lines, by file: `content/hotlines/police.yaml`, id `police`. */
  hotlines: readonly { file: string; id: string; data: Omit<Contact, 'id'> }[];
  destinations: readonly DestinationFile[];
  /** `content/source-lists.yaml`. */
  lists: readonly SourceList[];
  /** `content/lead-lines.yaml`. */
  leadLines: LeadLineIds;
  /** `content/link-domains.yaml`: the sites a source or web site may be on. */
  linkDomains: readonly string[];
}

export interface ContactData {
  /** Mongolia-wide lines, by file name. */
  hotlines: Contact[];
  /** Destinations in file order. */
  destinations: Destination[];
  /** Every contact, hotlines and destinations alike, by id (`police`, `kr/embassy-seoul`). */
  byId: Map<string, Contact>;
  /** The lines that lead where space is short, as `content/lead-lines.yaml` orders them. */
  lead: LeadLines;
  /** The ids of the emergency services, which editors never test-call. */
  emergency: ReadonlySet<string>;
}

/** Puts the contacts together; throws a ContentError with one `file: field: reason` line per problem. */
export function assembleContacts(files: ContactFiles): ContactData {
  const hotlines = files.hotlines.map(({ id, data }) => ({ ...data, id }));
  const hotlineFiles = files.hotlines.map(({ file }) => file);
  const lead = resolveLeadLines(files.leadLines, hotlines);
  const emergency = emergencyContactIds(
    files.destinations.map(({ destination }) => destination),
    lead.lines,
  );
  assertNoProblems('Contacts do not fit together:', [
    ...contactProblems(hotlines, files.destinations),
    ...emergencyCallProblems(located(hotlineFiles, hotlines, files.destinations), emergency),
    ...sourceProblems(hotlineFiles, hotlines, files.destinations, files.lists),
    ...lead.problems,
    ...shortCodeProblems(files.destinations),
    ...linkDomainProblems(hotlineFiles, hotlines, files.destinations, files.linkDomains),
  ]);
  // The file's name is the page's address: the country's code, or the slug a renamed file moved the page to.
  const destinations = files.destinations.map(({ id, destination }) => ({ ...destination, slug: id }));
  nameListedSources([...hotlines, ...destinations.flatMap(allContacts)], files.lists);
  return { hotlines, destinations, byId: contactsById(hotlines, files.destinations), lead: lead.lines, emergency };
}

/** A destination whose country has no short-number shape could not tell a typo in its short numbers. */
function shortCodeProblems(destinations: readonly DestinationFile[]): string[] {
  return destinations
    .filter(({ destination }) => !SHORT_CODE_SHAPES[destination.code])
    .map(
      ({ file, destination }) =>
        `${file}: country: ${destination.code} has no short-number shape; add one for ${destination.code} to ${SHORT_CODES_FILE}`,
    );
}

/** Every source and web site of a contact must be on a site the site may link to, or its page would not build. */
function linkDomainProblems(
  hotlineFiles: readonly string[],
  hotlines: readonly Contact[],
  destinations: readonly DestinationFile[],
  domains: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const { file, at, contact } of located(hotlineFiles, hotlines, destinations)) {
    const urls: [string, string | undefined][] = [
      ['website', contact.website],
      ...contact.sources.map((source, index): [string, string | undefined] => [`source[${index}].url`, source.url]),
    ];
    for (const [field, url] of urls) {
      if (!url) continue;
      const host = new URL(url).hostname;
      if (!isAllowedHost(host, domains)) {
        problems.push(
          `${file}: ${at}${field}: ${host} is not a site this site may link to; add its domain to content/link-domains.yaml`,
        );
      }
    }
  }
  return problems;
}
