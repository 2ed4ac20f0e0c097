import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/content-error.ts';
import { parseLinkDomains } from './link-domains.ts';

function problemsOf(text: string): readonly string[] {
  try {
    parseLinkDomains(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the list to be refused');
}

describe('parseLinkDomains', () => {
  it('reads a list of domains, comments allowed', () => {
    expect(parseLinkDomains('- gia.gov.mn\n- bing.com # quick exit\n')).toEqual(['gia.gov.mn', 'bing.com']);
  });

  it('refuses URLs, capitals, duplicates and non-strings, naming the entry', () => {
    expect(problemsOf('- https://tracker.example/\n- Gia.gov.mn\n- a.mn\n- a.mn\n- 12\n')).toEqual([
      'content/link-domains.yaml: [0]: "https://tracker.example/" is not a bare lower-case domain name such as example.org (no scheme, no path)',
      'content/link-domains.yaml: [1]: "Gia.gov.mn" is not a bare lower-case domain name such as example.org (no scheme, no path)',
      'content/link-domains.yaml: [3]: "a.mn" is listed twice',
      'content/link-domains.yaml: [4]: must be a domain name, not 12',
    ]);
  });

  it('refuses YAML that is not a list or does not parse', () => {
    expect(problemsOf('domains: a.mn\n')).toEqual([
      'content/link-domains.yaml: must be a list of domain names, one per line starting with "- "',
    ]);
    expect(problemsOf('- a.mn\n  - b.mn: [\n')[0]).toMatch(/^content\/link-domains\.yaml: could not be read: /);
  });
});
