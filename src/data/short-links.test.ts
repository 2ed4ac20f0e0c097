/**
 * The short links as the /go pages read them: the registry as it is when it
 * holds, and a build stopped, naming content/links.yaml and the code, when a
 * code is malformed, reserved, leads nowhere or was printed and is gone. The
 * registry, the record of printed codes and the site's pages are given here
 * instead of read from content/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Link {
  code: string;
  target: string;
  printed?: { edition: string };
}
const given = vi.hoisted(() => ({
  links: [] as Link[],
  printed: [] as Link[],
  destinations: [{ slug: 'kr', formerSlugs: [] as string[] }],
  campaigns: ['world-day'],
}));
vi.mock('astro:content', () => ({
  getCollection: async (name: string) =>
    name === 'links' ? given.links.map(({ code, ...data }) => ({ id: code, data })) : [],
  getEntry: async (name: 'printedLinks' | 'printRuns') =>
    name === 'printedLinks' ? { data: { links: given.printed } } : { data: { runs: [] } },
}));
vi.mock('./contacts.ts', () => ({ contactData: async () => ({ destinations: given.destinations }) }));
vi.mock('./campaigns.ts', () => ({
  campaignEntries: async () => new Map(given.campaigns.map((slug) => [slug, {}])),
}));

/** The module afresh: it reads the registry once. */
const shortLinks = async () => {
  vi.resetModules();
  return (await import('./short-links.ts')).shortLinks();
};

beforeEach(() => {
  given.links = [];
  given.printed.splice(0);
  given.destinations = [{ slug: 'kr', formerSlugs: [] }];
});

describe('shortLinks', () => {
  it('gives the registry when every code leads to a page: the lists, a destination or a campaign', async () => {
    given.links = [
      { code: 'kr', target: 'abroad/kr' },
      { code: 'help', target: 'hotlines' },
      { code: 'day', target: 'campaigns/world-day' },
      { code: 'abroad', target: 'abroad' },
    ];
    expect(await shortLinks()).toEqual(given.links);
  });

  it('keeps a link to a destination’s former slug, which the destination that moved answers', async () => {
    given.destinations = [{ slug: 'south-korea', formerSlugs: ['kr'] }];
    given.links = [{ code: 'kr', target: 'abroad/kr' }];
    expect(await shortLinks()).toEqual(given.links);
  });

  it.each([
    [{ code: 'Kr', target: 'abroad/kr' }, 'content/links.yaml: Kr: a code is 1–12 lowercase ASCII letters and digits'],
    [{ code: '404', target: 'abroad' }, 'content/links.yaml: 404: this code is reserved'],
    [{ code: 'jp', target: 'abroad/jp' }, 'content/links.yaml: jp.target: "abroad/jp" leads to no destination'],
  ])('stops the build on %o', async (link, message) => {
    given.links = [link];
    await expect(shortLinks()).rejects.toThrow(message);
  });

  it('stops the build when a printed code is gone from the registry', async () => {
    given.printed.push({ code: 'kr', target: 'abroad/kr', printed: { edition: '2026-11 passport insert' } });
    await expect(shortLinks()).rejects.toThrow(
      'content/links.yaml: kr: was printed (2026-11 passport insert) and must not be removed or renamed',
    );
  });
});
