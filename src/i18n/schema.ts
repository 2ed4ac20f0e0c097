import { z } from 'astro/zod';
import { PHRASE_IDS } from '../lib/contacts/show-card.ts';

const text = () => z.string().trim().min(1, 'empty text');

/** A group of UI strings: exactly these keys, each a non-empty text. */
function group<const K extends string>(...keys: K[]) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, text()])) as Record<K, ReturnType<typeof text>>);
}

/**
 * Every UI string the site uses, in one strict shape: a dictionary missing a
 * key, or carrying one nobody uses, fails the tests and the build. Texts may
 * hold `{name}` placeholders, filled by `fill()`.
 */
export function UiStringsSchema() {
  return z.strictObject({
    /** The language's own name, shown by the language switch on the other languages' pages. */
    languageName: text(),
    /**
     * `name` ends every `<title>`; `description` is the default for link
     * previews; `shortName` goes under the icon of the installed site.
     */
    site: group('name', 'shortName', 'description'),
    /** Skip link to the main content, first on every page. */
    skipLink: text(),
    /** The quick-exit control and its keyboard alternative. */
    quickExit: group('label', 'hint'),
    /** Accessible name of the strip of emergency numbers. */
    emergencyStrip: group('label', 'byCountry'),
    /** Main navigation (`label` is its accessible name) and the footer's page links. */
    nav: group('label', 'abroad', 'hotlines', 'signs', 'check', 'rights', 'search', 'about', 'safety'),
    languageSwitch: group('label'),
    footer: group('label', 'privacy', 'openData'),
    /** How a contact card describes numbers, details and provenance. */
    contact: z.strictObject({
      ...group(
        'reachInCountry',
        'reachAnywhere',
        'reachUncertain',
        'email',
        'website',
        'address',
        'hours',
        'languages',
        'cost',
        'free',
        'sources',
        'undated',
        'saveContact',
        'open24h',
        'fax',
        'sms',
        'whatsapp',
        'dated',
        'read',
        'official',
        'called',
        'speaksMongolian',
      ).shape,
      /** In plain words, what a contact's status rests on; `{date}` and `{count}` are filled in. */
      basis: group('call', 'official', 'secondary'),
      /**
       * "This number didn't work": the link in a contact's sources (`linkDetails`
       * for a contact with no number), what it leaves behind, and the message it
       * writes; `{name}`, `{numbers}` and `{url}` are filled in.
       */
      report: group('link', 'linkDetails', 'sms', 'trace', 'subject', 'body', 'noNumbers'),
      /** What happened on a test call. */
      callOutcome: group('answered', 'no-answer', 'not-in-service', 'wrong-number', 'fax'),
      /** A mission's kind, its short name where space is tight. */
      missionKind: group('embassy', 'consulate-general', 'consulate', 'permanent-mission', 'honorary-consul'),
    }),
    home: group(
      'title',
      'description',
      'lead',
      'helpNowHeading',
      'helpNowIntro',
      'allHotlines',
      'abroadHeading',
      'abroadIntro',
      'allCountries',
      'quickExitNote',
      'waysInHeading',
      'allCampaigns',
    ),
    /** Cards on the home page leading into each section. */
    sections: z.strictObject({
      signs: group('title', 'blurb'),
      check: group('title', 'blurb'),
      rights: group('title', 'blurb'),
      safety: group('title', 'blurb'),
      about: group('title', 'blurb'),
    }),
    hotlines: group(
      'title',
      'description',
      'intro',
      'emergencyHeading',
      'emergencyIntro',
      'helpHeading',
      'helpIntro',
      'unlistedNote',
      'abroadLink',
    ),
    abroad: group(
      'title',
      'description',
      'intro',
      'emergencyHeading',
      'missionOnCard',
      'fromAbroadHeading',
      'fromAbroadIntro',
    ),
    /**
     * A destination's help card; `{country}` is the destination's name,
     * `{names}` the other names people use for it, shown under the title.
     */
    card: group(
      'title',
      'description',
      'allCountries',
      'otherNames',
      'lead',
      'saveAll',
      'emergencyHeading',
      'emergencyIntro',
      'inMongolianHeading',
      'inMongolianIntro',
      'helpHeading',
      'helpIntro',
      'missionsHeading',
      'missionsIntro',
      'coveredByIntro',
      'fromAbroadHeading',
      'fromAbroadIntro',
      'notesHeading',
      'vcardName',
      'saveQr',
      'sendNumbers',
    ),
    /**
     * The help card's "show this screen" block: `open` links to it (with
     * `{language}`, the destination language's name); the phrase ids give what
     * each phrase says, with `{number}` and `{language}` filled in.
     */
    showCard: group('heading', 'open', 'intro', 'back', ...PHRASE_IDS),
    signs: group('title', 'description', 'intro', 'all'),
    rights: group('title', 'description', 'intro', 'all'),
    /**
     * The links between the pages of a long list (`signs/2`): `label` names
     * them for screen readers; `pageOf` and `titlePage` fill `{page}` and
     * `{count}`, and `{title}` with the list's title.
     */
    listPages: group('label', 'previous', 'next', 'pageOf', 'titlePage'),
    /**
     * Campaign pages, their list and feed. `blurb` leads to them from the home
     * page; `current`, `upcoming` and `past` name the list's groups.
     */
    campaigns: group(
      'title',
      'description',
      'intro',
      'blurb',
      'all',
      'current',
      'upcoming',
      'past',
      'dates',
      'noEnd',
      'feed',
      'feedDescription',
      'actHeading',
      'call',
      'read',
      'shareHeading',
      'shareIntro',
      'address',
      'copy',
      'copied',
      'copyFailed',
      'ended',
      'whole',
    ),
    /**
     * The self-check's controls; its questions are content (`content/check/`).
     * `unsure` is the "don't know" answer; `verdictHint` says the verdict waits
     * for every answer; `whomToCall` heads the lines under the verdict.
     */
    check: group(
      'chooseOffer',
      'yes',
      'no',
      'unsure',
      'ifYes',
      'ifUnsure',
      'verdictHint',
      'whomToCall',
      'startAgain',
      'abroadLink',
      'signsLink',
    ),
    /** The search page; `{count}` is a number of results, `{shown}` how many are on screen. `kinds` name the result filters. */
    search: z.strictObject({
      ...group(
        'title',
        'description',
        'label',
        'hint',
        'kindLabel',
        'countryLabel',
        'allKinds',
        'allCountries',
        'searching',
        'noResults',
        'oneResult',
        'results',
        'showMore',
        'failed',
        'noScript',
        'privacy',
      ).shape,
      kinds: group('hotline', 'destination', 'sign', 'right', 'campaign', 'page'),
    }),
    /** The print sheet of passport inserts (`npm run qr`). */
    print: group(
      'sheetTitle',
      'scan',
      'saveNumbers',
      'everyCountry',
      'offline',
      'changed',
      'withdrawn',
      'nothingLocal',
    ),
    notFound: group('title', 'body', 'homeLink'),
    /** The 404 page for a short link that does not exist (`/GO/KORE`); `guess` leads the code it most likely meant. */
    shortLinkNotFound: group('title', 'body', 'guess', 'countries'),
    /** The page the service worker shows for a page not kept offline; `guess` leads the help for the page's country. */
    offline: group('title', 'description', 'body', 'guess', 'countries', 'retry'),
  });
}

export type UiStrings = z.infer<ReturnType<typeof UiStringsSchema>>;
