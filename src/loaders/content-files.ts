/**
 * The content files and the schema each is read with, and the readers the
 * command-line tools use. The content collections read the same files
 * through src/loaders/collections.ts, so both see the same entries, named
 * and checked the same way.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { allContacts } from '../lib/contacts/contact-checks.ts';
import { assembleContacts, type ContactData } from '../lib/contacts/contact-data.ts';
import type { Contact } from '../lib/contacts/contacts.ts';
import { LEAD_LINES_FILE } from '../lib/contacts/lead-lines.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { readYamlDirectory, readYamlFile, readYamlFrontmatter } from '../lib/content/yaml-files.ts';
import { LINK_DOMAINS_FILE } from '../lib/links/link-domains.ts';
import type { ShortLinkEntry } from '../lib/links/short-links.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales.ts';
import { CampaignSchema, type CampaignFrontmatter } from '../schemas/campaign.ts';
import { HotlineSchema } from '../schemas/contact.ts';
import { CountrySchema } from '../schemas/country.ts';
import { PhraseSetSchema } from '../schemas/phrases.ts';
import { LeadLinesSchema } from '../schemas/lead-lines.ts';
import { LinkDomainsSchema } from '../schemas/link-domains.ts';
import { type PrintRun, PrintRunsSchema } from '../schemas/print-run.ts';
import { ReportAddressSchema } from '../schemas/report-address.ts';
import { SelfCheckSchema } from '../schemas/self-check.ts';
import { PrintedLinksSchema, ShortLinkSchema } from '../schemas/short-link.ts';
import { SourceListSchema } from '../schemas/source.ts';

/** Folders of YAML files, one entry per file, named after it. */
export const YAML_FOLDERS = {
  /** Mongolia-wide phone lines; the file name is the line's id. */
  hotlines: { directory: 'content/hotlines', schema: HotlineSchema },
  /** Destinations, named by ISO 3166-1 alpha-2 code. */
  countries: { directory: 'content/countries', schema: CountrySchema },
  /** The self-check of an offer, one file per language. */
  check: { directory: 'content/check', schema: SelfCheckSchema },
  /** The help cards' "show this screen" phrases, one file per destination language, named by its tag. */
  phrases: { directory: 'content/phrases', schema: PhraseSetSchema },
} as const;

/** Single YAML files. */
export const YAML_FILES = {
  /** Lists that many sources copy, so that copies count as one source. */
  sourceLists: { file: 'content/source-lists.yaml', schema: () => z.array(SourceListSchema()) },
  /** Printed short links, keyed by code: `/go/<code>`. */
  links: { file: 'content/links.yaml', schema: () => z.record(z.string(), ShortLinkSchema()) },
  /** The record of printed codes, written by `npm run qr` (JSON, which the YAML reader reads too). */
  printedLinks: { file: 'content/printed-links.json', schema: PrintedLinksSchema },
  /** The register of print runs, written by `npm run qr`. */
  printRuns: { file: 'content/print-runs.json', schema: PrintRunsSchema },
  /** Which Mongolia-wide lines lead where space is short. */
  leadLines: { file: LEAD_LINES_FILE, schema: LeadLinesSchema },
  /** The sites the content may link to. */
  linkDomains: { file: LINK_DOMAINS_FILE, schema: LinkDomainsSchema },
  /** Where readers' reports of a number that did not work go. */
  reports: { file: 'content/reports.yaml', schema: ReportAddressSchema },
} as const;

/** Reads one of the single YAML files, validated. */
export function readContentFile<Name extends keyof typeof YAML_FILES>(
  root: string,
  name: Name,
): z.output<ReturnType<(typeof YAML_FILES)[Name]['schema']>> {
  const { file, schema } = YAML_FILES[name];
  return readYamlFile(root, file, schema() as z.ZodType) as z.output<ReturnType<(typeof YAML_FILES)[Name]['schema']>>;
}

/** The sites the content may link to. */
export function readLinkDomains(root: string): string[] {
  return readContentFile(root, 'linkDomains');
}

/** Every contact, checked as the build checks them. Throws a ContentError naming file, field and reason. */
export async function readContactFiles(root: string): Promise<ContactData> {
  const hotlines = readYamlDirectory(root, YAML_FOLDERS.hotlines.directory, YAML_FOLDERS.hotlines.schema());
  const countries = readYamlDirectory(root, YAML_FOLDERS.countries.directory, YAML_FOLDERS.countries.schema());
  return assembleContacts({
    hotlines,
    destinations: countries.map(({ file, id, data }) => ({ file, id, destination: data })),
    lists: readContentFile(root, 'sourceLists'),
    leadLines: readContentFile(root, 'leadLines'),
    linkDomains: readLinkDomains(root),
  });
}

/** Every contact, hotlines first. */
export async function readContacts(root: string): Promise<Contact[]> {
  const { hotlines, destinations } = await readContactFiles(root);
  return [...hotlines, ...destinations.flatMap(allContacts)];
}

/** The short-link registry and the record of printed codes. */
export async function readShortLinks(root: string): Promise<{ links: ShortLinkEntry[]; printed: ShortLinkEntry[] }> {
  const registry = readContentFile(root, 'links');
  const links = Object.entries(registry).map(([code, link]) => ({ code, ...link }));
  return { links, printed: readContentFile(root, 'printedLinks') };
}

export interface CampaignTwins {
  slug: string;
  /** Each language's frontmatter; the build checks that the twins agree. */
  data: Record<Locale, CampaignFrontmatter>;
}

/** Every campaign's frontmatter in each language, checked against the schema. */
export async function readCampaigns(root: string): Promise<CampaignTwins[]> {
  const problems: string[] = [];
  const slugs = (await readdir(join(root, 'content/campaigns', DEFAULT_LOCALE))).filter((name) =>
    name.endsWith('.mdx'),
  );
  const campaigns: CampaignTwins[] = [];
  for (const name of slugs.sort()) {
    const data: Partial<Record<Locale, CampaignFrontmatter>> = {};
    for (const locale of LOCALES) {
      const file = `content/campaigns/${locale}/${name}`;
      if (!existsSync(join(root, file))) {
        problems.push(`${file}: is missing; every campaign exists in every language`);
        continue;
      }
      try {
        data[locale] = readYamlFrontmatter(root, file, CampaignSchema());
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems.push(...error.problems);
      }
    }
    if (LOCALES.every((locale) => data[locale]))
      campaigns.push({ slug: name.replace(/\.mdx$/, ''), data: data as Record<Locale, CampaignFrontmatter> });
  }
  if (problems.length > 0) throw new ContentError('Campaigns could not be read:', problems);
  return campaigns;
}

/** The register of print runs, checked against its schema. */
export async function readPrintRuns(root: string): Promise<PrintRun[]> {
  return readContentFile(root, 'printRuns');
}
