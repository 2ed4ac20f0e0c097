/**
 * Schema.org descriptions of pages, as JSON-LD: the site itself, articles
 * (warning signs, rights, campaigns) and the organisations behind the
 * numbers on the hotline and help-card pages. Only published contacts and
 * their published numbers appear, exactly as the pages show them.
 */
import { type Contact, isPublished } from '../contacts/contacts.ts';
import type { Locale } from '../locales.ts';

const CONTEXT = 'https://schema.org';

/** A schema.org node: a plain object with a `@type`. */
export type StructuredData = Record<string, unknown> & { '@type': string };

/** The site: its name, address and language, on the home page. */
export function webSiteData(site: { name: string; description: string; url: string; locale: Locale }) {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: site.locale,
  };
}

export interface ArticleInput {
  locale: Locale;
  title: string;
  description: string;
  url: string;
  imageUrl: string;
  site: { name: string; url: string };
  /** `YYYY-MM-DD`, for articles that carry a date (campaigns). */
  published?: string;
}

/** A warning sign, a right or a campaign. */
export function articleData(article: ArticleInput) {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    url: article.url,
    image: article.imageUrl,
    inLanguage: article.locale,
    ...(article.published ? { datePublished: article.published } : {}),
    publisher: { '@type': 'Organization', name: article.site.name, url: article.site.url },
  };
}

/** One contact as an organisation with its ways to be reached; `undefined` for one not published. */
export function organizationData(contact: Contact, locale: Locale): StructuredData | undefined {
  if (!isPublished(contact)) return undefined;
  const what = contact.purpose?.[locale] ?? contact.name[locale];
  const contactPoints = contact.phones
    .filter((phone) => phone.line === 'voice')
    .map((phone) => ({
      '@type': 'ContactPoint',
      // Full numbers in E.164 as schema.org asks; short codes as dialled, since they have no international form.
      telephone: phone.e164 ?? phone.written.replace(/\D/g, ''),
      contactType: phone.label?.[locale] ?? what,
      areaServed: contact.country,
      ...(contact.languages ? { availableLanguage: contact.languages[locale] } : {}),
    }));
  return {
    '@type': contact.mission ? 'GovernmentOrganization' : 'Organization',
    name: contact.name[locale],
    ...(contact.website ? { url: contact.website } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.address ? { address: contact.address.local } : {}),
    ...(contactPoints.length > 0 ? { contactPoint: contactPoints } : {}),
  };
}

/** The organisations behind a page's contacts, in the order the page lists them. */
export function organizationsData(contacts: readonly Contact[], locale: Locale) {
  return {
    '@context': CONTEXT,
    '@graph': contacts
      .map((contact) => organizationData(contact, locale))
      .filter((node): node is StructuredData => node !== undefined),
  };
}
