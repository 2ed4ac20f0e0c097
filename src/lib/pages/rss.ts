/**
 * An RSS 2.0 feed, written by hand: the format is small, and a feed reader
 * should get exactly what the site says. https://www.rssboard.org/rss-specification
 * The feed names its own address with `atom:link rel="self"`, as the RSS
 * Advisory Board recommends (https://www.rssboard.org/rss-profile#namespace-elements-atom-link).
 */
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

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe inside an XML element or attribute. Characters XML 1.0 cannot
 * hold at all (control characters) are dropped rather than break the feed.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!)
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date as RFC 822 requires for `pubDate` (with a four-digit year,
 * as RSS 2.0 recommends): `2026-11-23` → `Mon, 23 Nov 2026 00:00:00 +0800`.
 * The day starts at midnight in `offset` (Ulaanbaatar's by default, where
 * the campaigns run).
 */
export function rfc822Date(date: string, offset = '+0800'): string {
  if (!isCalendarDate(date)) throw new Error(`rfc822Date: "${date}" is not a date written YYYY-MM-DD`);
  if (!/^[+-]\d{4}$/.test(offset)) throw new Error(`rfc822Date: "${offset}" is not an offset such as +0800`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} 00:00:00 ${offset}`;
}

/** The feed as an RSS 2.0 document, items in the order given. */
export function rssFeed(feed: Feed): string {
  const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  const items = feed.items.map((item) =>
    [
      '    <item>',
      `      ${element('title', item.title)}`,
      `      ${element('link', item.link)}`,
      `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      `      ${element('pubDate', rfc822Date(item.date))}`,
      `      ${element('description', item.description)}`,
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    ${element('title', feed.title)}`,
    `    ${element('link', feed.link)}`,
    `    ${element('description', feed.description)}`,
    `    ${element('language', feed.language)}`,
    `    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
