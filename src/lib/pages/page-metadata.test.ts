import { describe, expect, it } from 'vitest';
import { announcesCampaignFeed, jsonLdText, previewImagePath, shareTags } from './page-metadata.ts';

describe('previewImagePath', () => {
  it.each([
    ['/', '/og/index.png'],
    ['/en', '/og/en/index.png'],
    ['/abroad/kr', '/og/abroad/kr.png'],
    ['/en/abroad/kr', '/og/en/abroad/kr.png'],
    ['/en/404', '/og/en/404.png'],
  ])('%s → %s', (page, image) => {
    expect(previewImagePath(page)).toBe(image);
  });

  it('gives every page its own image', () => {
    const pages = ['/', '/en', '/about', '/en/about', '/signs', '/signs/fake-job-offers', '/en/signs/fake-job-offers'];
    expect(new Set(pages.map(previewImagePath)).size).toBe(pages.length);
  });
});

describe('shareTags', () => {
  const page = {
    locale: 'mn' as const,
    title: 'Өмнөд Солонгос',
    description: 'Яаралтай утас',
    siteName: 'Хүн худалдаалахын эсрэг',
    canonicalUrl: 'https://example.org/abroad/kr',
    imageUrl: 'https://example.org/og/abroad/kr.png',
    type: 'website' as const,
  };
  const content = (tags: ReturnType<typeof shareTags>, key: string) =>
    tags.filter((tag) => ('property' in tag ? tag.property : tag.name) === key).map((tag) => tag.content);

  it('gives Open Graph the title, description and image, which X reads too: only the card shape is its own', () => {
    const tags = shareTags(page);
    expect(content(tags, 'og:title')).toEqual([page.title]);
    expect(content(tags, 'og:description')).toEqual([page.description]);
    expect(content(tags, 'og:image')).toEqual([page.imageUrl]);
    for (const repeated of ['twitter:title', 'twitter:description', 'twitter:image']) {
      expect(content(tags, repeated)).toEqual([]);
    }
    expect(content(tags, 'og:url')).toEqual([page.canonicalUrl]);
    expect(content(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(content(tags, 'og:image:width')).toEqual(['1200']);
    expect(content(tags, 'og:image:height')).toEqual(['630']);
  });

  it("names the page's language and the other as its alternate", () => {
    expect(content(shareTags(page), 'og:locale')).toEqual(['mn_MN']);
    expect(content(shareTags(page), 'og:locale:alternate')).toEqual(['en_US']);
    expect(content(shareTags({ ...page, locale: 'en' }), 'og:locale')).toEqual(['en_US']);
    expect(content(shareTags({ ...page, locale: 'en' }), 'og:locale:alternate')).toEqual(['mn_MN']);
  });

  it('says whether the page is an article', () => {
    expect(content(shareTags(page), 'og:type')).toEqual(['website']);
    expect(content(shareTags({ ...page, type: 'article' }), 'og:type')).toEqual(['article']);
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element, and still parses to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('keeps Cyrillic as it is', () => {
    expect(jsonLdText({ name: 'Өмнөд Солонгос' })).toBe('{"name":"Өмнөд Солонгос"}');
  });
});

describe('announcesCampaignFeed', () => {
  it('is the home page and the campaigns section, in every language', () => {
    for (const path of ['/', '/en', '/campaigns', '/en/campaigns', '/campaigns/world-day-2027', '/campaigns/2']) {
      expect(announcesCampaignFeed(path), path).toBe(true);
    }
  });

  it('is no other page', () => {
    for (const path of ['/signs/fake-job-offers', '/en/abroad/kr', '/hotlines', '/campaignsx']) {
      expect(announcesCampaignFeed(path), path).toBe(false);
    }
  });
});
