/**
 * Reads content straight from `content/` for command-line tools, with the
 * same YAML parser, schemas and cross-checks the site's build uses.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import {
  allContacts,
  contactProblems,
  contactsById,
  nameListedSources,
  sourceProblems,
  type DestinationFile,
} from '../../src/lib/contacts/contact-checks.ts';
import type { Contact } from '../../src/lib/contacts/contacts.ts';
import { ContentError } from '../../src/lib/content/content-error.ts';
import type { Destination } from '../../src/lib/contacts/destinations.ts';
import { formatSchemaIssues } from '../../src/lib/content/schema-errors.ts';
import type { ShortLinkEntry } from '../../src/lib/links/short-links.ts';
import { HotlineSchema } from '../../src/schemas/contact.ts';
import { CountrySchema } from '../../src/schemas/country.ts';
import { ShortLinkSchema } from '../../src/schemas/short-link.ts';
import { SourceListSchema } from '../../src/schemas/source.ts';
import { type PrintRun, PrintRunsSchema } from '../../src/schemas/print-run.ts';
import { CampaignSchema, type CampaignFrontmatter } from '../../src/schemas/campaign.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/lib/locales.ts';

/** Parses a YAML file against a schema; records problems as `file: field: reason` instead of throwing. */
async function readYaml<T>(
  root: string,
  relative: string,
  schema: z.ZodType<T>,
  problems: string[],
): Promise<T | undefined> {
  let data: unknown;
  try {
    data = yaml.load(await readFile(join(root, relative), 'utf8'), { filename: relative });
  } catch (error) {
    problems.push(`${relative}: could not be read: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(formatSchemaIssues(relative, result.error.issues));
    return undefined;
  }
  return result.data;
}

async function yamlFiles(root: string, directory: string): Promise<string[]> {
  return (await readdir(join(root, directory))).filter((name) => name.endsWith('.yaml')).sort();
}

export interface ContactFiles {
  hotlines: Contact[];
  destinations: Destination[];
  byId: Map<string, Contact>;
}

/** Every contact, checked as the build checks them. Throws a ContentError naming file, field and reason. */
export async function readContactFiles(root: string): Promise<ContactFiles> {
  const problems: string[] = [];
  const hotlines: Contact[] = [];
  const hotlineFiles: string[] = [];
  for (const name of await yamlFiles(root, 'content/hotlines')) {
    const file = `content/hotlines/${name}`;
    const hotline = await readYaml(root, file, HotlineSchema(), problems);
    if (hotline) {
      hotlines.push({ ...hotline, id: name.replace(/\.yaml$/, '') });
      hotlineFiles.push(file);
    }
  }
  const lists = (await readYaml(root, 'content/source-lists.yaml', z.array(SourceListSchema()), problems)) ?? [];
  const files: DestinationFile[] = [];
  for (const name of await yamlFiles(root, 'content/countries')) {
    const file = `content/countries/${name}`;
    const destination = await readYaml(root, file, CountrySchema(), problems);
    if (destination) files.push({ file, id: name.replace(/\.yaml$/, ''), destination });
  }
  if (problems.length === 0) {
    problems.push(...contactProblems(hotlines, files), ...sourceProblems(hotlineFiles, hotlines, files, lists));
  }
  if (problems.length > 0) throw new ContentError('Contacts could not be read:', problems);
  const destinations = files.map(({ destination }) => destination);
  nameListedSources([...hotlines, ...destinations.flatMap(allContacts)], lists);
  return { hotlines, destinations, byId: contactsById(hotlines, files) };
}

/** Every contact, hotlines first. */
export async function readContacts(root: string): Promise<Contact[]> {
  const { hotlines, destinations } = await readContactFiles(root);
  return [...hotlines, ...destinations.flatMap(allContacts)];
}

/** The short-link registry and the record of printed codes. */
export async function readShortLinks(root: string): Promise<{ links: ShortLinkEntry[]; printed: ShortLinkEntry[] }> {
  const problems: string[] = [];
  const registry = await readYaml(root, 'content/links.yaml', z.record(z.string(), ShortLinkSchema()), problems);
  if (!registry) throw new ContentError('Short links could not be read:', problems);
  const links = Object.entries(registry).map(([code, link]) => ({ code, ...link }));
  const printed = JSON.parse(await readFile(join(root, 'content/printed-links.json'), 'utf8')) as ShortLinkEntry[];
  return { links, printed };
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
      let text: string;
      try {
        text = await readFile(join(root, file), 'utf8');
      } catch {
        problems.push(`${file}: is missing; every campaign exists in every language`);
        continue;
      }
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      if (frontmatter === undefined) {
        problems.push(`${file}: has no frontmatter between "---" lines`);
        continue;
      }
      const result = CampaignSchema().safeParse(yaml.load(frontmatter, { filename: file }));
      if (result.success) data[locale] = result.data;
      else problems.push(formatSchemaIssues(file, result.error.issues));
    }
    if (LOCALES.every((locale) => data[locale]))
      campaigns.push({ slug: name.replace(/\.mdx$/, ''), data: data as Record<Locale, CampaignFrontmatter> });
  }
  if (problems.length > 0) throw new ContentError('Campaigns could not be read:', problems);
  return campaigns;
}

/** The register of print runs, checked against its schema. */
export async function readPrintRuns(root: string): Promise<PrintRun[]> {
  const file = 'content/print-runs.json';
  let data: unknown;
  try {
    data = JSON.parse(await readFile(join(root, file), 'utf8'));
  } catch (error) {
    throw new ContentError('Print runs could not be read:', [`${file}: ${(error as Error).message.split('\n')[0]}`]);
  }
  const result = PrintRunsSchema().safeParse(data);
  if (!result.success)
    throw new ContentError('Print runs could not be read:', [formatSchemaIssues(file, result.error.issues)]);
  return result.data;
}
