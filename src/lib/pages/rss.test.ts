import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, rfc822Date, rssFeed } from './rss.ts';

describe('escapeXml', () => {
  it('escapes the five characters XML reserves and keeps Cyrillic as it is', () => {
    expect(escapeXml(`Tom & Jerry's <b>"x"</b> Өө`)).toBe('Tom &amp; Jerry&apos;s &lt;b&gt;&quot;x&quot;&lt;/b&gt; Өө');
  });

  it('drops control characters XML cannot hold, keeping tabs and line breaks', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne\rf\u001F')).toBe('abc\td\ne\rf');
  });
});

describe('rfc822Date', () => {
  it('writes the day, date and midnight in Ulaanbaatar', () => {
    expect(rfc822Date('2026-11-23')).toBe('Mon, 23 Nov 2026 00:00:00 +0800');
    expect(rfc822Date('2027-07-01')).toBe('Thu, 01 Jul 2027 00:00:00 +0800');
    expect(rfc822Date('2028-02-29', '+0000')).toBe('Tue, 29 Feb 2028 00:00:00 +0000');
  });

  it('refuses what is not a date or an offset', () => {
    expect(() => rfc822Date('2027-02-29')).toThrow('is not a date written YYYY-MM-DD');
    expect(() => rfc822Date('2027-07-01', 'UB')).toThrow('is not an offset');
  });
});

describe('rssFeed', () => {
  const feed = rssFeed({
    title: 'Аян & кампанит ажил',
    link: 'https://example.org/campaigns',
    description: 'Шинэ <аян>',
    language: 'mn',
    self: 'https://example.org/campaigns/rss.xml',
    items: [
      {
        title: 'Эдгээр дугаарыг хадгал',
        link: 'https://example.org/campaigns/keep-these-numbers',
        description: 'Явахаасаа өмнө "дугаараа" хадгал',
        date: '2026-11-23',
      },
      {
        title: 'World Day',
        link: 'https://example.org/campaigns/world-day-2027?a=1&b=2',
        description: 'x',
        date: '2027-07-01',
      },
    ],
  });
  // An HTML parser reads the channel's head well enough (not `<link>`, void in HTML; see the items test).
  const root = parse(feed);

  it('is an RSS 2.0 document in UTF-8 with the Atom namespace', () => {
    expect(
      feed.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true);
    expect(feed.trimEnd().endsWith('</rss>')).toBe(true);
  });

  it('describes the channel, escaped, and names its own address', () => {
    const channel = root.querySelector('channel')!;
    expect(channel.querySelector('title')!.innerHTML).toBe('Аян &amp; кампанит ажил');
    expect(channel.querySelector('description')!.innerHTML).toBe('Шинэ &lt;аян&gt;');
    expect(channel.querySelector('language')!.text).toBe('mn');
    expect(feed).toContain(
      '<atom:link href="https://example.org/campaigns/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it('has one item per entry, in order, with link, permanent guid, date and description, escaped', () => {
    expect(feed.slice(feed.indexOf('    <item>'), feed.indexOf('  </channel>'))).toBe(
      [
        '    <item>',
        '      <title>Эдгээр дугаарыг хадгал</title>',
        '      <link>https://example.org/campaigns/keep-these-numbers</link>',
        '      <guid isPermaLink="true">https://example.org/campaigns/keep-these-numbers</guid>',
        '      <pubDate>Mon, 23 Nov 2026 00:00:00 +0800</pubDate>',
        '      <description>Явахаасаа өмнө &quot;дугаараа&quot; хадгал</description>',
        '    </item>',
        '    <item>',
        '      <title>World Day</title>',
        '      <link>https://example.org/campaigns/world-day-2027?a=1&amp;b=2</link>',
        '      <guid isPermaLink="true">https://example.org/campaigns/world-day-2027?a=1&amp;b=2</guid>',
        '      <pubDate>Thu, 01 Jul 2027 00:00:00 +0800</pubDate>',
        '      <description>x</description>',
        '    </item>',
        '',
      ].join('\n'),
    );
  });

  it('has no bare ampersand or angle bracket in any text', () => {
    const text = feed.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(text).not.toMatch(/[<>]/);
  });
});
