import { describe, expect, it } from 'vitest';
import type { Contact } from '../contacts/contacts.ts';
import { fixturePhone } from '../contacts/contact-fixtures.ts';
import { articleData, organizationData, organizationsData, webSiteData } from './structured-data.ts';

const embassy: Contact = {
  id: 'kr/embassy-seoul',
  country: 'KR',
  name: { mn: 'Сөүл дэх Монгол Улсын Элчин сайдын яам', en: 'Embassy of Mongolia in Seoul' },
  purpose: { mn: 'Консулын туслалцаа', en: 'Consular help' },
  phones: [fixturePhone({ number: '02-798-3464' }, 'KR')],
  email: 'seoul@mfa.gov.mn',
  address: { local: '서울 용산구 독서당로 95' },
  sources: [{ url: 'https://example.org', date: 'undated', states: [] }],
  status: 'confirmed',
  basis: 'official',
  calls: [],
  mission: { kind: 'embassy', city: { mn: 'Сөүл', en: 'Seoul' } },
};
const hotline: Contact = {
  id: 'us/hotline',
  country: 'US',
  name: { mn: 'Шуурхай утас', en: 'Hotline' },
  phones: [
    fixturePhone({ ...{ number: '1-888-373-7888' }, label: { mn: 'Залгах', en: 'Call' } }, 'US'),
    fixturePhone({ ...{ number: '233733', line: 'sms' }, label: { mn: 'Мессеж', en: 'Text' } }, 'US'),
  ],
  languages: { mn: 'англи, испани', en: 'English, Spanish' },
  sources: [{ url: 'https://example.org', date: 'undated', states: [] }],
  status: 'single-source',
  basis: 'official',
  calls: [],
};
const police: Contact = {
  id: 'kr/police',
  country: 'KR',
  name: { mn: 'Цагдаа', en: 'Police' },
  phones: [fixturePhone({ number: '112' }, 'KR')],
  sources: [{ url: 'https://example.org', date: 'undated', states: [] }],
  status: 'confirmed',
  basis: 'official',
  calls: [],
};

describe('organizationData', () => {
  it('describes a mission as a government organisation reached at its E.164 number', () => {
    expect(organizationData(embassy, 'en')).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'Embassy of Mongolia in Seoul',
      email: 'seoul@mfa.gov.mn',
      address: '서울 용산구 독서당로 95',
      contactPoint: [
        { '@type': 'ContactPoint', telephone: '+8227983464', contactType: 'Consular help', areaServed: 'KR' },
      ],
    });
  });

  it('writes in the language asked for', () => {
    expect(organizationData(embassy, 'mn')).toMatchObject({
      name: 'Сөүл дэх Монгол Улсын Элчин сайдын яам',
      contactPoint: [{ contactType: 'Консулын туслалцаа' }],
    });
  });

  it('lists calls, not text-message numbers, each with its label and languages', () => {
    expect(organizationData(hotline, 'en')?.contactPoint).toEqual([
      {
        '@type': 'ContactPoint',
        telephone: '+18883737888',
        contactType: 'Call',
        areaServed: 'US',
        availableLanguage: 'English, Spanish',
      },
    ]);
  });

  it('gives a short code as it is dialled, and the name where there is no purpose', () => {
    expect(organizationData(police, 'en')?.contactPoint).toEqual([
      { '@type': 'ContactPoint', telephone: '112', contactType: 'Police', areaServed: 'KR' },
    ]);
  });

  it('leaves out an unconfirmed contact', () => {
    expect(organizationData({ ...embassy, status: 'unconfirmed' }, 'en')).toBeUndefined();
    expect(organizationsData([{ ...embassy, status: 'unconfirmed' }, police], 'en')['@graph']).toHaveLength(1);
  });
});

describe('articleData and webSiteData', () => {
  const site = { name: 'Mongolia Against Trafficking', url: 'https://example.org/en' };

  it('describes an article with its image, language and publisher', () => {
    const article = articleData({
      locale: 'en',
      title: 'Fake job offers',
      description: 'Warning signs',
      url: 'https://example.org/en/signs/fake-job-offers',
      imageUrl: 'https://example.org/og/en/signs/fake-job-offers.png',
      site,
    });
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Fake job offers',
      inLanguage: 'en',
      image: 'https://example.org/og/en/signs/fake-job-offers.png',
      publisher: { '@type': 'Organization', ...site },
    });
    expect(article).not.toHaveProperty('datePublished');
  });

  it('dates an article that has a date', () => {
    const article = articleData({
      locale: 'mn',
      title: 'Аян',
      description: 'Тайлбар',
      url: 'https://example.org/campaigns/x',
      imageUrl: 'https://example.org/og/campaigns/x.png',
      site,
      published: '2027-07-30',
    });
    expect(article.datePublished).toBe('2027-07-30');
  });

  it('describes the site', () => {
    expect(webSiteData({ ...site, description: 'Help', locale: 'en' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      description: 'Help',
      url: site.url,
      inLanguage: 'en',
    });
  });
});
