/**
 * Campaigns in the built site: every page in both languages, share links
 * that are exactly what shareLinks() gives for the page's canonical URL, a
 * call to action that dials the contact's own number, feeds that are
 * well-formed RSS leading to pages that exist, and the home page showing
 * the campaign currentCampaign() picks for today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import yaml from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContacts } from '../../src/loaders/content-files.ts';
import { calendarDate, campaignPhase, currentCampaign } from '../../src/lib/content/campaigns.ts';
import { isPublished } from '../../src/lib/contacts/contacts.ts';
import { LOCALES, type Locale, localePath } from '../../src/lib/locales.ts';
import { ATOM_NAMESPACE, publishedAt } from '../../src/lib/pages/rss.ts';
import { shareLinks } from '../../src/lib/pages/share-links.ts';
import { parseSiteOrigin } from '../../src/lib/pages/site.ts';
import { candidateFiles } from '../../src/lib/host/static-host.ts';
import { CampaignSchema, type CampaignFrontmatter } from '../../src/schemas/campaign.ts';
import { builtFiles, DIST } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const origin = parseSiteOrigin(process.env.SITE_ORIGIN);
const contacts = new Map((await readContacts(root)).map((contact) => [contact.id, contact]));
const files = new Set(builtFiles().map((file) => file.path));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const page = (path: string) => parse(read(candidateFiles(path).find((file) => files.has(file))!));
const exists = (path: string) => candidateFiles(path).some((file) => files.has(file));

interface Campaign extends CampaignFrontmatter {
  slug: string;
  locale: Locale;
}

/** The campaigns of one language, read from the content as the build reads them. */
function campaignsIn(locale: Locale): Campaign[] {
  const directory = join(root, 'content', 'campaigns', locale);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(directory, name), 'utf8'))![1]!;
      return { ...CampaignSchema().parse(yaml.load(frontmatter)), slug: name.replace(/\.mdx$/, ''), locale };
    });
}

const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, campaignsIn(locale)])) as Record<
  Locale,
  Campaign[]
>;
const all = LOCALES.flatMap((locale) => byLocale[locale]);
const canonical = (campaign: Campaign) =>
  new URL(localePath(campaign.locale, `campaigns/${campaign.slug}`), origin).href;
const at = (campaign: Campaign) => localePath(campaign.locale, `campaigns/${campaign.slug}`);

describe('campaign pages', () => {
  it('exist for at least two campaigns, the same ones in both languages, with their list', () => {
    expect(byLocale.mn.length).toBeGreaterThanOrEqual(2);
    expect(byLocale.en.map((campaign) => campaign.slug)).toEqual(byLocale.mn.map((campaign) => campaign.slug));
    for (const locale of LOCALES) expect(exists(localePath(locale, 'campaigns')), locale).toBe(true);
    for (const campaign of all) expect(exists(at(campaign)), at(campaign)).toBe(true);
  });

  it.each(all.map((campaign) => [at(campaign), campaign] as const))(
    '%s names its canonical URL and shows its title and dates',
    (path, campaign) => {
      const html = page(path);
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical(campaign));
      expect(html.querySelector('h1')?.text).toBe(campaign.title);
      const dates = html
        .querySelectorAll('main [data-campaign-dates] time')
        .map((time) => time.getAttribute('datetime'));
      expect(dates).toEqual(campaign.end === undefined ? [campaign.start] : [campaign.start, campaign.end]);
    },
  );
});

describe('share links', () => {
  it.each(all.map((campaign) => [at(campaign), campaign] as const))(
    '%s shares its canonical URL exactly as shareLinks() writes it',
    (path, campaign) => {
      const html = page(path);
      const links = html.querySelectorAll('a[data-share]');
      const url = canonical(campaign);
      expect(links.map((link) => link.getAttribute('href'))).toEqual(
        shareLinks(url, campaign.title).map((link) => link.href),
      );
      for (const link of links) {
        const href = link.getAttribute('href')!;
        // Percent-encoded: nothing but printable ASCII, and neither the page's address nor its title in the clear.
        expect(href, href).toMatch(/^https:\/\/[\x21-\x7e]+$/);
        expect(href.slice(href.indexOf('?')), href).not.toContain(url);
        expect(link.getAttribute('rel')?.split(/\s+/)).toContain('noreferrer');
        const params = new URL(href).searchParams;
        const shared = params.get('u') ?? params.get('url') ?? params.get('text')!;
        expect(shared.endsWith(url) || shared === url, `${href} decodes back to ${url}`).toBe(true);
        if (params.has('text')) expect(params.get('text')!.startsWith(campaign.title)).toBe(true);
      }
    },
  );

  it.each(all.map((campaign) => [at(campaign), campaign] as const))(
    '%s shows its address as text, and the copy button only to scripts',
    (path, campaign) => {
      const copy = page(path).querySelector('copy-link')!;
      expect(copy.querySelector('[data-url]')?.text.trim()).toBe(canonical(campaign));
      expect(copy.querySelector('button')?.hasAttribute('hidden')).toBe(true);
      expect(copy.querySelector('[role="status"]')).not.toBeNull();
    },
  );
});

describe('the call to action', () => {
  it.each(all.map((campaign) => [at(campaign), campaign] as const))(
    '%s calls its contact’s own number, if it names one, and links to the page to read',
    (path, campaign) => {
      const html = page(path);
      if (campaign.call === undefined) {
        expect(html.querySelectorAll('main li[data-call]')).toHaveLength(0);
      } else {
        const contact = contacts.get(campaign.call)!;
        expect(contact, campaign.call).toBeDefined();
        expect(isPublished(contact)).toBe(true);
        const phone = contact.phones[0]!;
        const call = html.querySelectorAll(`main li[data-call="${campaign.call}"] a[href^="tel:"]`);
        expect(call).toHaveLength(1);
        expect(call[0]!.getAttribute('href')).toBe(phone.href);
        if (phone.e164) expect(call[0]!.getAttribute('href')).toBe(`tel:${phone.e164}`);
        expect(call[0]!.text).toContain(phone.written);
      }

      const readLink = html.querySelector(`main li[data-read="${campaign.read}"] a`)!;
      expect(readLink.getAttribute('href')).toBe(localePath(campaign.locale, campaign.read));
      expect(exists(readLink.getAttribute('href')!)).toBe(true);
    },
  );

  it('never offers the Foreign Ministry’s appointment line as a campaign’s call', () => {
    // One 2020 source gives it as a line for appointments, not one that answers around the clock.
    expect(all.filter((campaign) => campaign.call === 'mfa-consular').map(at)).toEqual([]);
  });
});

describe.each(LOCALES)('the %s campaign feed', (locale) => {
  const path = localePath(locale, 'campaigns/rss.xml');
  const text = read(path.slice(1));
  // Text stays text, attributes are kept, and `item` is always a list.
  const { rss } = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === 'item',
  }).parse(text);
  const channel = rss.channel;
  const campaigns = byLocale[locale];

  it('is well-formed RSS 2.0 in UTF-8, in its language, naming itself', () => {
    // Throws, naming the first reason, on anything a conforming XML parser must refuse.
    expect(SyntaxValidator.validate(text, { multipleRoots: false })).toBe(true);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe(ATOM_NAMESPACE);
    expect(channel.language).toBe(locale);
    expect(channel.link).toBe(new URL(localePath(locale, 'campaigns'), origin).href);
    expect(channel.title).toMatch(/\S/);
    expect(channel.description).toMatch(/\S/);
    expect(channel['atom:link']).toEqual({
      '@_href': new URL(path, origin).href,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('has one item per campaign, newest first, each leading to its page in dist/', () => {
    const items: { title: string; link: string; guid: Record<string, string>; pubDate: string; description: string }[] =
      channel.item ?? [];
    const expected = [...campaigns].sort((a, b) => b.start.localeCompare(a.start));
    expect(items.map((item) => item.title)).toEqual(expected.map((campaign) => campaign.title));
    items.forEach((item, index) => {
      const campaign = expected[index]!;
      expect(item.link).toBe(canonical(campaign));
      expect(new URL(item.link).origin).toBe(origin);
      expect(exists(new URL(item.link).pathname), item.link).toBe(true);
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
      // Published at the start of the campaign's first day in Ulaanbaatar.
      expect(new Date(item.pubDate).getTime()).toBe(publishedAt(campaign.start).getTime());
      expect(item.description).toBe(campaign.description);
    });
  });

  it('is linked from the campaign list', () => {
    const list = page(localePath(locale, 'campaigns'));
    expect(list.querySelector(`main a[href="${path}"]`)).not.toBeNull();
  });
});

describe.each(LOCALES)('the %s home page and campaign list', (locale) => {
  // The build's date decides, as on the pages; a build just before midnight in Ulaanbaatar may disagree.
  const today = calendarDate(new Date());
  const campaigns = byLocale[locale];

  it('shows the campaign currentCampaign() picks for today', () => {
    const expected = currentCampaign(campaigns, today)!;
    const section = page(localePath(locale, '')).querySelector('main section[data-campaign]')!;
    expect(section.getAttribute('data-campaign')).toBe(expected.slug);
    const link = section.querySelector(`a[href="${at(expected)}"]`);
    expect(link?.text.trim()).toBe(expected.title);
    expect(section.text).toContain(expected.description);
  });

  it('lists every campaign under its phase for today', () => {
    const list = page(localePath(locale, 'campaigns'));
    for (const campaign of campaigns) {
      const section: HTMLElement | null = list.querySelector(
        `main section[aria-labelledby="${campaignPhase(campaign, today)}"]`,
      );
      expect(section?.querySelector(`a[href="${at(campaign)}"]`), campaign.slug).not.toBeNull();
    }
  });
});
