import type { APIRoute } from 'astro';
import { campaignsIn } from '../../../data/campaigns.ts';
import { uiStrings } from '../../../i18n/index.ts';
import { localePath } from '../../../lib/locales.ts';
import { campaignFeedPath, campaignFeedTitle } from '../../../lib/pages/page-metadata.ts';
import { rssFeed } from '../../../lib/pages/rss.ts';
import { localeStaticPaths } from '../../../lib/content/static-paths.ts';

/** One RSS 2.0 feed of campaigns per language: `/campaigns/rss.xml`, `/en/campaigns/rss.xml`. */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const t = uiStrings(locale);
  const absolute = (slug: string) => new URL(localePath(locale, slug), site).href;
  // Newest first, as feed readers expect.
  const campaigns = (await campaignsIn(locale)).sort((a, b) => b.start.localeCompare(a.start));
  const feed = await rssFeed({
    title: campaignFeedTitle(t),
    link: absolute('campaigns'),
    description: t.campaigns.feedDescription,
    language: locale,
    self: new URL(campaignFeedPath(locale), site).href,
    items: campaigns.map(({ slug, entry, start }) => ({
      title: entry.data.title,
      link: absolute(`campaigns/${slug}`),
      description: entry.data.description,
      date: start,
    })),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
