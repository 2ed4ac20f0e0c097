/**
 * The campaigns as their pages read them: one language's campaigns with their
 * dates, and a build stopped, naming the file and field, when a call to action
 * names a contact that may not be called. The collection, the contacts and the
 * site's pages are given here instead of read from content/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureContact, fixturePhone } from '../lib/contacts/contact-fixtures.ts';
import type { Contact } from '../lib/contacts/contacts.ts';

interface Campaign {
  title: string;
  start: string;
  end?: string;
  call?: string;
  read: string;
}
const given = vi.hoisted(() => ({
  campaigns: [] as { id: string; filePath: string; data: Campaign }[],
  contacts: new Map<string, Contact>(),
  pages: new Set<string>(),
}));
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => (name === 'campaigns' ? given.campaigns : []),
}));
vi.mock('./contacts.ts', () => ({ contactData: async () => ({ byId: given.contacts }) }));
vi.mock('./site-pages.ts', () => ({
  sitePageTitles: async () => ({ mn: new Map([...given.pages].map((page) => [page, page])) }),
}));

/** The module afresh: it reads its campaigns once. */
const load = async () => {
  vi.resetModules();
  return import('./campaigns.ts');
};
const campaign = (slug: string, fields: Partial<Campaign> = {}) =>
  (['mn', 'en'] as const).map((locale) => ({
    id: `${locale}/${slug}`,
    filePath: `content/campaigns/${locale}/${slug}.mdx`,
    data: { title: `${slug} ${locale}`, start: '2027-07-01', read: 'abroad', ...fields },
  }));
const police = fixtureContact({ id: 'police', phones: [fixturePhone({ number: '102' }, 'MN')] });

beforeEach(() => {
  given.campaigns = [];
  given.contacts = new Map([[police.id, police]]);
  given.pages = new Set(['abroad']);
});

describe('campaignsIn', () => {
  it('gives one language’s campaigns in slug order, with their dates', async () => {
    given.campaigns = [
      ...campaign('world-day', { start: '2027-07-01', end: '2027-07-31', call: 'police' }),
      ...campaign('keep-numbers', { start: '2026-11-23' }),
    ];
    const { campaignsIn } = await load();
    const en = await campaignsIn('en');
    expect(en.map(({ slug, start, end, entry }) => ({ slug, start, end, title: entry.data.title }))).toEqual([
      { slug: 'keep-numbers', start: '2026-11-23', end: undefined, title: 'keep-numbers en' },
      { slug: 'world-day', start: '2027-07-01', end: '2027-07-31', title: 'world-day en' },
    ]);
  });
});

describe('campaignEntries', () => {
  it.each([
    ['no-such-line', undefined, 'is not the id of any contact in content/hotlines or content/countries'],
    ['unconfirmed', { status: 'unconfirmed' }, 'is an unconfirmed contact; only published numbers may be offered'],
    ['no-phone', {}, 'has no phone number to call'],
  ] as const)('stops the build when the call is "%s"', async (id, fields, reason) => {
    if (fields) given.contacts.set(id, fixtureContact({ id, ...fields }));
    given.campaigns = campaign('world-day', { call: id });
    const { campaignEntries } = await load();
    await expect(campaignEntries()).rejects.toThrow(`content/campaigns/mn/world-day.mdx: call: "${id}" ${reason}`);
  });

  it('stops the build when a campaign sends readers to a page the site does not have', async () => {
    given.campaigns = campaign('world-day', { read: 'signs/no-such-sign' });
    const { campaignEntries } = await load();
    await expect(campaignEntries()).rejects.toThrow(
      'content/campaigns/en/world-day.mdx: read: no page "signs/no-such-sign" exists on the site',
    );
  });
});
