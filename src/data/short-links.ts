/**
 * The printed short links, read once and checked: each code well formed and
 * leading to a page that exists, and every printed code kept as printed.
 */
import { getCollection, getEntry } from 'astro:content';
import { printRunProblems } from '../lib/print/print-runs.ts';
import { assertNoProblems } from '../lib/content/content-error.ts';
import {
  CODE_PATTERN,
  destinationLinkProblems,
  printedLinkProblems,
  RESERVED_CODES,
  type ShortLinkEntry,
} from '../lib/links/short-links.ts';
import { campaignEntries } from './campaigns.ts';
import { SITE_MAP, sectionPath } from '../lib/site-map.ts';
import { contactData } from './contacts.ts';

let loaded: Promise<ShortLinkEntry[]> | undefined;

export function shortLinks(): Promise<ShortLinkEntry[]> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<ShortLinkEntry[]> {
  const { destinations } = await contactData();
  const pages = new Set([
    sectionPath(SITE_MAP.abroad),
    sectionPath(SITE_MAP.hotlines),
    ...destinations.map((destination) => sectionPath(SITE_MAP.abroad, destination.slug)),
    ...[...(await campaignEntries()).keys()].map((slug) => sectionPath(SITE_MAP.campaigns, slug)),
  ]);
  const links = (await getCollection('links')).map(({ id, data }) => ({ code: id, ...data }));
  const problems: string[] = [];
  for (const link of links) {
    if (!CODE_PATTERN.test(link.code)) {
      problems.push(`content/links.yaml: ${link.code}: a code is 1–12 lowercase ASCII letters and digits`);
    }
    if (RESERVED_CODES.includes(link.code)) {
      problems.push(
        `content/links.yaml: ${link.code}: this code is reserved for the page of a link that does not exist`,
      );
    }
    if (!pages.has(link.target) && !link.target.startsWith('abroad/'))
      problems.push(`content/links.yaml: ${link.code}.target: no page "${link.target}" exists`);
  }
  problems.push(...destinationLinkProblems(links, destinations));
  const printed = (await getEntry('printedLinks', 'printed-links'))!.data.links;
  problems.push(...printedLinkProblems(links, printed));
  problems.push(...printRunProblems((await getEntry('printRuns', 'print-runs'))!.data.runs, printed));
  assertNoProblems('Short links do not hold:', problems);
  return links;
}
