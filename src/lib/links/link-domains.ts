/**
 * The allow-list of sites the content may link to, `content/link-domains.yaml`:
 * a YAML list of bare domain names, each also allowing its subdomains.
 */
import yaml from 'js-yaml';
import { ContentError } from '../content/content-error.ts';

export const LINK_DOMAINS_FILE = 'content/link-domains.yaml';

/** A lower-case host name: labels of letters, digits and hyphens, at least one dot. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Reads the list; throws a ContentError naming the file, the entry and the reason. */
export function parseLinkDomains(text: string, file = LINK_DOMAINS_FILE): string[] {
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file });
  } catch (error) {
    throw new ContentError('The list of sites to link to is broken:', [
      `${file}: could not be read: ${(error as Error).message.split('\n')[0]}`,
    ]);
  }
  if (!Array.isArray(data)) {
    throw new ContentError('The list of sites to link to is broken:', [
      `${file}: must be a list of domain names, one per line starting with "- "`,
    ]);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  data.forEach((entry: unknown, index) => {
    const where = `${file}: [${index}]`;
    if (typeof entry !== 'string') problems.push(`${where}: must be a domain name, not ${JSON.stringify(entry)}`);
    else if (!DOMAIN.test(entry)) {
      problems.push(
        `${where}: "${entry}" is not a bare lower-case domain name such as example.org (no scheme, no path)`,
      );
    } else if (seen.has(entry)) problems.push(`${where}: "${entry}" is listed twice`);
    else seen.add(entry);
  });
  if (problems.length > 0) throw new ContentError('The list of sites to link to is broken:', problems);
  return [...seen];
}
