/**
 * The site's RSS 2.0 feeds, written by Astro's own `@astrojs/rss`, which
 * escapes the text and writes the dates. This module only says what a feed
 * holds: its channel, its language, its own address and its items.
 * The feed names its own address with `atom:link rel="self"`, as the RSS
 * Advisory Board recommends (https://www.rssboard.org/rss-profile#namespace-elements-atom-link).
 */
import { getRssString, type RSSOptions } from '@astrojs/rss';
import { isCalendarDate } from '../content/dates.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page; also its permanent `guid`. */
  link: string;
  description: string;
  /** The date the item is published under, `YYYY-MM-DD`. */
  date: string;
}

export interface Feed {
  title: string;
  /** Absolute URL of the page the feed stands for. */
  link: string;
  description: string;
  /** The feed's language, such as `mn` or `en`. */
  language: string;
  /** Absolute URL of the feed itself. */
  self: string;
  items: readonly FeedItem[];
}

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** Ulaanbaatar's offset from UTC, all year: the campaigns run there. */
const ULAANBAATAR_OFFSET = '+08:00';

/**
 * The moment an item dated `YYYY-MM-DD` is published: the start of that day
 * in Ulaanbaatar. (`@astrojs/rss` writes it in GMT, so `2026-11-23` reads
 * `Sun, 22 Nov 2026 16:00:00 GMT` — the same moment.)
 */
export function publishedAt(date: string): Date {
  if (!isCalendarDate(date)) throw new Error(`publishedAt: "${date}" is not a date written YYYY-MM-DD`);
  return new Date(`${date}T00:00:00${ULAANBAATAR_OFFSET}`);
}

/**
 * An attribute value for `customData`, the only XML this module writes
 * itself (@astrojs/rss has no option for `<language>` or `atom:link`).
 */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The options `@astrojs/rss` needs for the feed, items in the order given. */
export function rssOptions(feed: Feed): RSSOptions {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(feed.language)) {
    throw new Error(`rssOptions: "${feed.language}" is not a language tag such as mn or en`);
  }
  return {
    title: feed.title,
    description: feed.description,
    site: feed.link,
    // The channel's link is the list page's own address, written as the site writes it: no trailing slash.
    trailingSlash: false,
    xmlns: { atom: ATOM_NAMESPACE },
    customData: [
      `<language>${feed.language}</language>`,
      `<atom:link href="${attribute(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      pubDate: publishedAt(item.date),
    })),
  };
}

/** The feed as an RSS 2.0 document. */
export function rssFeed(feed: Feed): Promise<string> {
  return getRssString(rssOptions(feed));
}
