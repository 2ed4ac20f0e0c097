/**
 * Reads every contact straight from `content/` for command-line tools, with
 * the same parser and schemas the site's build uses.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import yaml from 'js-yaml';
import { allContacts, contactProblems, type DestinationFile } from '../../src/lib/contact-checks.ts';
import type { Contact } from '../../src/lib/contacts.ts';
import { ContentError } from '../../src/lib/content-error.ts';
import { formatSchemaIssues } from '../../src/lib/schema-errors.ts';
import { HotlineSchema } from '../../src/schemas/contact.ts';
import { CountrySchema } from '../../src/schemas/country.ts';

async function yamlFiles(directory: string): Promise<string[]> {
  return (await readdir(directory)).filter((name) => name.endsWith('.yaml')).sort();
}

/** Every contact, hotlines first, each with its id. Throws a ContentError naming file, field and reason. */
export async function readContacts(root: string): Promise<Contact[]> {
  const problems: string[] = [];
  const contacts: Contact[] = [];

  const parse = async <T>(file: string, schema: z.ZodType<T>) => {
    const relative = file.slice(root.length + 1);
    let data: unknown;
    try {
      data = yaml.load(await readFile(file, 'utf8'), { filename: relative });
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
  };

  const hotlines = join(root, 'content', 'hotlines');
  for (const name of await yamlFiles(hotlines)) {
    const hotline = await parse(join(hotlines, name), HotlineSchema());
    if (hotline) contacts.push({ ...hotline, id: name.replace(/\.yaml$/, '') });
  }
  const countries = join(root, 'content', 'countries');
  const files: DestinationFile[] = [];
  for (const name of await yamlFiles(countries)) {
    const destination = await parse(join(countries, name), CountrySchema());
    const id = name.replace(/\.yaml$/, '');
    if (destination) files.push({ file: `content/countries/${name}`, id, destination });
  }
  if (problems.length === 0) problems.push(...contactProblems(contacts, files));
  if (problems.length > 0) throw new ContentError('Contacts could not be read:', problems);
  return [...contacts, ...files.flatMap(({ destination }) => allContacts(destination))];
}
