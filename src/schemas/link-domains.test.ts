import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { LinkDomainsSchema } from './link-domains.ts';

const FILE = 'content/link-domains.yaml';

function problemsOf(data: unknown): string[] {
  const result = LinkDomainsSchema().safeParse(data);
  if (result.success) throw new Error('expected the list to be refused');
  return formatSchemaIssues(FILE, result.error.issues).split('\n');
}

describe('LinkDomainsSchema', () => {
  it('reads a list of domains', () => {
    expect(LinkDomainsSchema().parse(['gia.gov.mn', 'bing.com'])).toEqual(['gia.gov.mn', 'bing.com']);
  });

  it('refuses URLs, capitals and non-strings, naming the entry', () => {
    expect(problemsOf(['https://tracker.example/', 'Gia.gov.mn', 'a.mn', 12])).toEqual([
      'content/link-domains.yaml: [0]: "https://tracker.example/" is not a bare lower-case domain name such as example.org (no scheme, no path)',
      'content/link-domains.yaml: [1]: "Gia.gov.mn" is not a bare lower-case domain name such as example.org (no scheme, no path)',
      'content/link-domains.yaml: [3]: must be a domain name, not 12',
    ]);
  });

  it('refuses a domain listed twice', () => {
    expect(problemsOf(['a.mn', 'b.mn', 'a.mn'])).toEqual(['content/link-domains.yaml: [2]: "a.mn" is listed twice']);
  });

  it('refuses anything but a list', () => {
    expect(problemsOf({ domains: 'a.mn' })).toEqual([
      'content/link-domains.yaml: must be a list of domain names, one per line starting with "- "',
    ]);
  });
});
