/**
 * Every page of the site that content may send a reader to, with its title
 * in each language, so a campaign's "read next" link is checked to exist and
 * shows the page's own title.
 */
import { contactData } from './contacts.ts';
import { localizedEntries } from './localized.ts';
import { selfCheck } from './self-check.ts';
import { fill, uiStrings } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';

let loaded: Promise<Record<Locale, Map<string, string>>> | undefined;

/** Titles by page path without language (`abroad`, `signs/fake-job-offers`), per language. */
export function sitePageTitles(): Promise<Record<Locale, Map<string, string>>> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Record<Locale, Map<string, string>>> {
  const { destinations } = await contactData();
  const collections = {
    signs: await localizedEntries('signs'),
    rights: await localizedEntries('rights'),
    pages: await localizedEntries('pages'),
    campaigns: await localizedEntries('campaigns'),
  };
  const titles = async (locale: Locale) => {
    const t = uiStrings(locale);
    const pages = new Map<string, string>([
      ['hotlines', t.hotlines.title],
      ['abroad', t.abroad.title],
      ['check', (await selfCheck(locale)).title],
      ['signs', t.signs.title],
      ['rights', t.rights.title],
      ['campaigns', t.campaigns.title],
      ['search', t.search.title],
    ]);
    for (const destination of destinations) {
      pages.set(`abroad/${destination.slug}`, fill(t.card.title, { country: destination.name[locale] }));
    }
    for (const [collection, pairs] of Object.entries(collections)) {
      for (const [slug, twins] of pairs) {
        pages.set(collection === 'pages' ? slug : `${collection}/${slug}`, twins[locale].data.title);
      }
    }
    return pages;
  };
  const [mn, en] = await Promise.all(LOCALES.map(titles));
  return { mn: mn!, en: en! };
}
