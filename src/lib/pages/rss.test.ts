import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { ATOM_NAMESPACE, publishedAt, rssFeed, rssOptions, type Feed } from './rss.ts';

// Text stays text (no "2027" turned into a number), attributes are kept, and `item` is always a list.
const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });

const feed: Feed = {
  title: 'Аян & кампанит ажил',
  link: 'https://example.org/campaigns',
  description: 'Шинэ <аян>',
  language: 'mn',
  self: 'https://example.org/campaigns/rss.xml?a=1&b=2',
  items: [
    {
      title: 'Эдгээр дугаарыг хадгал',
      link: 'https://example.org/campaigns/keep-these-numbers',
      description: `Явахаасаа өмнө "дугаараа" хадгал, it's <b>`,
      date: '2026-11-23',
    },
    {
      title: '2027',
      link: 'https://example.org/campaigns/world-day-2027?a=1&b=2',
      description: 'x',
      date: '2027-07-01',
    },
  ],
};

describe('publishedAt', () => {
  it('is the start of the day in Ulaanbaatar', () => {
    expect(publishedAt('2026-11-23').toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(publishedAt('2028-02-29').toUTCString()).toBe('Mon, 28 Feb 2028 16:00:00 GMT');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => publishedAt('2027-02-29')).toThrow('is not a date written YYYY-MM-DD');
    expect(() => publishedAt('2027-07')).toThrow('is not a date written YYYY-MM-DD');
  });
});

describe('rssOptions', () => {
  it('refuses a language that is not a language tag', () => {
    expect(() => rssOptions({ ...feed, language: 'mn"><x' })).toThrow('is not a language tag');
  });
});

describe('rssFeed', async () => {
  const text = await rssFeed(feed);
  const { rss } = xml.parse(text);
  const channel = rss.channel;

  it('is well-formed RSS 2.0 in UTF-8 with the Atom namespace', () => {
    // Throws, naming the first reason, on anything a conforming XML parser must refuse.
    expect(SyntaxValidator.validate(text, { multipleRoots: false })).toBe(true);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe(ATOM_NAMESPACE);
  });

  it('describes the channel, escaped, in its language, and names its own address', () => {
    expect(channel.title).toBe(feed.title);
    expect(channel.description).toBe(feed.description);
    expect(channel.link).toBe(feed.link);
    expect(channel.language).toBe('mn');
    expect(channel['atom:link']).toEqual({
      '@_href': feed.self,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(text).toContain('<title>Аян &amp; кампанит ажил</title>');
  });

  it('has one item per entry, in order, with link, permanent guid, date and description', () => {
    expect(channel.item).toEqual(
      feed.items.map((item) => ({
        title: item.title,
        link: item.link,
        guid: { '#text': item.link, '@_isPermaLink': 'true' },
        description: item.description,
        pubDate: publishedAt(item.date).toUTCString(),
      })),
    );
    expect(new Date(channel.item[0].pubDate).getTime()).toBe(Date.parse('2026-11-23T00:00:00+08:00'));
  });

  it('has no bare ampersand or angle bracket in any text', () => {
    const texts = text.replace(/<[^>]+>/g, '');
    expect(texts).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(texts).not.toMatch(/[<>]/);
  });
});
