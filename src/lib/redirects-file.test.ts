import { describe, expect, it } from 'vitest';
import { formatRedirectsFile, parseRedirectsFile, shortLinkRedirects } from './redirects-file.ts';

describe('short-link redirects', () => {
  const redirects = shortLinkRedirects(['kr'], ['en']);

  it('sends every other spelling of a code to its lower-case page', () => {
    expect(redirects.map(({ from }) => from).sort()).toEqual(
      ['/GO/kr', '/Go/KR', '/Go/kr', '/en/go/KR', '/gO/KR', '/gO/kr', '/go/KR'].sort(),
    );
    expect(redirects.find(({ from }) => from === '/en/go/KR')?.to).toBe('/en/go/kr');
    expect(redirects.filter(({ from }) => !from.startsWith('/en/')).every(({ to }) => to === '/go/kr')).toBe(true);
  });

  it('never redirects the two printed spellings, which are pages', () => {
    const from = redirects.map((redirect) => redirect.from);
    expect(from).not.toContain('/go/kr');
    expect(from).not.toContain('/GO/KR');
  });

  it('round-trips through the file format and refuses other lines', () => {
    const text = formatRedirectsFile(redirects, ['Generated.']);
    expect(text.startsWith('# Generated.\n/go/KR /go/kr 301\n')).toBe(true);
    expect(parseRedirectsFile(text)).toEqual(redirects);
    expect(() => parseRedirectsFile('/go/* /abroad 200!\n')).toThrow(/line 1/);
  });
});
