/**
 * The campaigns, read once and checked across files: twins on the same
 * dates, and a call to action that calls a published contact and leads to a
 * page that exists. A problem stops the build with the file, the field and
 * the reason.
 */
import type { CollectionEntry } from 'astro:content';
import { type CampaignFile, campaignProblems } from '../lib/content/campaigns.ts';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { isPublished } from '../lib/contacts/contacts.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales.ts';
import { contactData } from './contacts.ts';
import { localizedEntries } from './localized.ts';
import { sitePageTitles } from './site-pages.ts';

export interface Campaign {
  slug: string;
  entry: CollectionEntry<'campaigns'>;
  start: string;
  end?: string;
}

let loaded: Promise<Map<string, Record<Locale, CollectionEntry<'campaigns'>>>> | undefined;

/** Campaign twins by slug, checked. */
export function campaignEntries(): Promise<Map<string, Record<Locale, CollectionEntry<'campaigns'>>>> {
  loaded ??= load();
  return loaded;
}

async function load() {
  const pairs = await localizedEntries('campaigns');
  const { byId } = await contactData();
  const pages = new Set((await sitePageTitles())[DEFAULT_LOCALE].keys());
  const callProblem = (id: string) => {
    const contact = byId.get(id);
    if (!contact) return 'is not the id of any contact in content/hotlines or content/countries';
    if (!isPublished(contact)) return 'is an unconfirmed contact; only published numbers may be offered as a call';
    if (contact.phones.length === 0) return 'has no phone number to call';
    return undefined;
  };
  const file = (entry: CollectionEntry<'campaigns'>): CampaignFile => ({ file: entry.filePath!, ...entry.data });
  const problems = [...pairs.values()].flatMap((twins) =>
    campaignProblems(
      LOCALES.map((locale) => file(twins[locale])),
      { callProblem, pages },
    ),
  );
  assertNoProblems('Campaigns do not hold:', problems);
  return pairs;
}

/** One language's campaigns, in slug order. */
export async function campaignsIn(locale: Locale): Promise<Campaign[]> {
  return [...(await campaignEntries())].map(([slug, twins]) => ({
    slug,
    entry: twins[locale],
    start: twins[locale].data.start,
    end: twins[locale].data.end,
  }));
}
