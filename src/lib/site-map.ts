/**
 * The map of the site: every section named once, with where it appears and
 * how the build treats it. The header, the footer, the search page's list of
 * sections and its filters, the sitemap, the offline copy, the page-weight
 * report, page titles and the content file behind a page are all read from
 * here, so a new section is one entry (and its route file under src/pages).
 *
 * A section's pages exist in every locale of `LOCALES`; paths here carry no
 * language (`abroad`, `''` for home).
 */
import type { UiStrings } from '../i18n/schema.ts';
import { parseLocalePath } from './locales.ts';
import { isPageNumber } from './pages/list-pages.ts';

/** What a search result is, for the search filters. */
export const SEARCH_KINDS = ['hotline', 'destination', 'sign', 'right', 'campaign', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Collections written as one MDX file per page and language (`content/signs/en/fake-job-offers.mdx`). */
export const PROSE_COLLECTIONS = ['pages', 'signs', 'rights', 'campaigns'] as const;
export type ProseCollection = (typeof PROSE_COLLECTIONS)[number];

/** The content collections a section's pages are made from. */
export type Collection = ProseCollection | 'hotlines' | 'countries' | 'check';

export function isProseCollection(collection: string | undefined): collection is ProseCollection {
  return (PROSE_COLLECTIONS as readonly (string | undefined)[]).includes(collection);
}

export interface SiteSection {
  /**
   * The section's path without language: `abroad`; `''` for home. Its
   * entries live one level below (`abroad/kr`).
   */
  route: string;
  /** The link text in the header or footer. */
  label?: (t: UiStrings) => string;
  /** Place in the header's navigation, from 1; absent when not there. */
  header?: number;
  /** Place in the footer's links, from 1; absent when not there. */
  footer?: number;
  /** Offered as a way in on the search page when search cannot run (no JavaScript). */
  searchFallback?: number;
  /** Place among the home page's cards leading into sections, from 1, with the card's text. */
  home?: number;
  card?: (t: UiStrings) => { title: string; blurb: string };
  /**
   * How search results from the section are filtered; absent for pages that
   * are not indexed. `countryOfEntry`: an entry's slug is a country code.
   */
  search?: { kind: SearchKind; countryOfEntry?: boolean };
  /**
   * The section's own page lists every entry, which grow with the content: it
   * is cut into pages (`signs`, `signs/2` …, see `src/lib/pages/list-pages.ts`).
   */
  paged?: true;
  /** The page type in the weight report: of the section's own page, and of its entries. */
  budget: { index?: string; entry?: string };
  /** Listed in the sitemap and open to search engines; `false` pages carry `noindex`. */
  listed: boolean;
  /**
   * Kept on the phone for use without a connection: the section's own page,
   * and with `entries` every entry too.
   */
  offline?: { page: boolean; entries?: boolean };
  /**
   * Where a printed short link to one of the entries answers offline: from the
   * kept entry, or from the offline page, which lists every country's numbers.
   */
  printedLinksOffline?: 'kept entry' | 'offline page';
  /** The collection its pages come from; for `pages`, a prose page at `/<slug>`. */
  collection?: Collection;
  /** The page's title when the dictionary holds it (otherwise it comes from content). */
  title?: (t: UiStrings) => string;
}

/** Every section of the site. Keys are names for code; `route` is what the URL says. */
export const SITE_MAP = {
  home: { route: '', budget: { index: 'home' }, listed: true, offline: { page: true }, search: { kind: 'page' } },
  abroad: {
    route: 'abroad',
    label: (t) => t.nav.abroad,
    title: (t) => t.abroad.title,
    header: 1,
    searchFallback: 1,
    search: { kind: 'destination', countryOfEntry: true },
    budget: { index: 'help abroad', entry: 'help card' },
    listed: true,
    offline: { page: true, entries: true },
    printedLinksOffline: 'kept entry',
    collection: 'countries',
  },
  hotlines: {
    route: 'hotlines',
    label: (t) => t.nav.hotlines,
    title: (t) => t.hotlines.title,
    header: 2,
    searchFallback: 2,
    search: { kind: 'hotline' },
    budget: { index: 'hotlines' },
    listed: true,
    offline: { page: true },
    collection: 'hotlines',
  },
  signs: {
    route: 'signs',
    home: 1,
    card: (t) => t.sections.signs,
    label: (t) => t.nav.signs,
    title: (t) => t.signs.title,
    header: 3,
    searchFallback: 3,
    search: { kind: 'sign' },
    paged: true,
    budget: { index: 'warning signs', entry: 'sign article' },
    listed: true,
    collection: 'signs',
  },
  check: {
    route: 'check',
    home: 2,
    card: (t) => t.sections.check,
    label: (t) => t.nav.check,
    header: 4,
    searchFallback: 4,
    search: { kind: 'page' },
    budget: { index: 'check' },
    listed: true,
    collection: 'check',
  },
  rights: {
    route: 'rights',
    home: 3,
    card: (t) => t.sections.rights,
    label: (t) => t.nav.rights,
    title: (t) => t.rights.title,
    header: 5,
    searchFallback: 5,
    search: { kind: 'right' },
    paged: true,
    budget: { index: 'rights', entry: 'rights article' },
    listed: true,
    collection: 'rights',
  },
  search: {
    route: 'search',
    label: (t) => t.nav.search,
    title: (t) => t.search.title,
    header: 6,
    budget: { index: 'search' },
    listed: false,
  },
  about: {
    route: 'about',
    home: 5,
    card: (t) => t.sections.about,
    label: (t) => t.nav.about,
    footer: 1,
    search: { kind: 'page' },
    budget: { index: 'prose page' },
    listed: true,
    collection: 'pages',
  },
  safety: {
    route: 'safety',
    home: 4,
    card: (t) => t.sections.safety,
    label: (t) => t.nav.safety,
    footer: 2,
    searchFallback: 6,
    search: { kind: 'page' },
    budget: { index: 'prose page' },
    listed: true,
    offline: { page: true },
    collection: 'pages',
  },
  campaigns: {
    route: 'campaigns',
    home: 6,
    card: (t) => ({ title: t.campaigns.title, blurb: t.campaigns.blurb }),
    label: (t) => t.campaigns.title,
    title: (t) => t.campaigns.title,
    footer: 3,
    search: { kind: 'campaign' },
    paged: true,
    budget: { index: 'campaigns', entry: 'campaign' },
    listed: true,
    printedLinksOffline: 'offline page',
    collection: 'campaigns',
  },
  offline: { route: 'offline', budget: { index: 'offline' }, listed: false, offline: { page: true } },
  notFound: { route: '404', budget: { index: '404' }, listed: false },
  /** Printed short links, `/go/kr`, also typed in capitals (`/GO/KR`): copies of the page they stand for. */
  shortLinks: { route: 'go', budget: { entry: 'short link' }, listed: false },
} as const satisfies Record<string, SiteSection>;

export type SectionName = keyof typeof SITE_MAP;

/** Every other page with a path of one word (`/privacy`) is a prose page of the `pages` collection. */
export const PROSE_PAGE = {
  route: '*',
  search: { kind: 'page' },
  budget: { index: 'prose page' },
  listed: true,
  collection: 'pages',
} as const satisfies SiteSection;

/**
 * Applications served beside the site for its editors, not public pages:
 * `admin` is the editing screen (and its pages below it). They are not in
 * any language, the sitemap, search, the offline copy or the page budget,
 * and they carry headers of their own (`src/lib/host/host-policy.ts`).
 * Everything that walks the built site's public pages leaves them out
 * through `isApplicationFile`.
 */
export const APPLICATIONS = {
  admin: { route: 'admin' },
} as const satisfies Record<string, { route: string }>;

/** Whether a built file (`admin/index.html`) or a URL path (`/admin`, `/admin/audit`) belongs to an application. */
export function isApplicationFile(path: string): boolean {
  const first = path
    .replace(/^\//, '')
    .split('/')[0]!
    .replace(/\.html$/, '');
  return Object.values(APPLICATIONS).some((application) => application.route === first);
}

/** The files of the public site among built `files`: every one but the applications'. */
export function publicFiles(files: readonly string[]): string[] {
  return files.filter((file) => !isApplicationFile(file));
}

const SECTIONS: readonly SiteSection[] = Object.values(SITE_MAP);

/** The sections holding a place (`header`, `footer`, the search fallback or the home page's cards), in their order there. */
export function sectionsIn(place: 'header' | 'footer' | 'searchFallback' | 'home'): SiteSection[] {
  return SECTIONS.filter((section) => section[place] !== undefined).sort((a, b) => a[place]! - b[place]!);
}

/** Every section, in the map's order. */
export function siteSections(): readonly SiteSection[] {
  return SECTIONS;
}

export interface PagePlace {
  section: SiteSection;
  /** The entry's slug below the section (`kr` of `abroad/kr`); absent for the section's own page. */
  entry?: string;
  /** For a later page of a paged section's list (`signs/2`), its number; the list's first page is the section's own. */
  listPage?: number;
}

/**
 * Where a page belongs, from its path in any language (`/en/abroad/kr`,
 * `/GO/KR`, `abroad/kr`): its section and entry, or the page of its list
 * (`signs/2`). Undefined for paths deeper than an entry. A one-word path that
 * names no section is a prose page.
 */
export function placeOfPage(path: string): PagePlace | undefined {
  const { slug } = parseLocalePath(path.startsWith('/') ? path : `/${path}`);
  const [first = '', entry, ...deeper] = slug.split('/');
  if (deeper.length > 0) return undefined;
  const section = SECTIONS.find((each) => each.route === first.toLowerCase());
  if (section) {
    if (entry === undefined) return { section };
    if (section.paged && isPageNumber(entry)) return { section, listPage: Number(entry) };
    return section.budget.entry === undefined ? undefined : { section, entry };
  }
  return entry === undefined ? { section: PROSE_PAGE } : undefined;
}

/** The path without language of a section's own page, or of one of its entries: `abroad`, `abroad/kr`. */
export function sectionPath(section: SiteSection, entry?: string): string {
  return entry === undefined ? section.route : `${section.route}/${entry}`;
}
