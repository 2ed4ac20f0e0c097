import { z } from 'astro/zod';

const text = () => z.string().trim().min(1, 'empty text');

/**
 * Every UI string the site uses, in one strict shape: a dictionary missing a
 * key, or carrying one nobody uses, fails the tests and the build.
 */
export function UiStringsSchema() {
  return z.strictObject({
    /** The language's own name, shown by the language switch on the other language's pages. */
    languageName: text(),
    site: z.strictObject({
      /** Site name in the header and at the end of every `<title>`. */
      name: text(),
      /** Default description for search results and link previews. */
      description: text(),
    }),
    /** Skip link to the main content, first on every page. */
    skipLink: text(),
    quickExit: z.strictObject({
      /** The quick-exit control's text. */
      label: text(),
      /** The keyboard alternative, next to the control. */
      hint: text(),
    }),
    emergencyStrip: z.strictObject({
      /** Accessible name of the strip of emergency numbers. */
      label: text(),
    }),
    contact: z.strictObject({
      /** Shown instead of a call link when a number's current operation is not confirmed. */
      unconfirmed: text(),
      /** Marks a number that cannot be dialled from outside its country. */
      notFromAbroad: text(),
      /** Marks a free call. */
      free: text(),
      /** Label before the source of a number. */
      source: text(),
      /** Shown for a source that states no date. */
      undated: text(),
      /** Label before the date a number was last checked. */
      checked: text(),
      status: z.strictObject({
        confirmed: text(),
        'single-source': text(),
        unconfirmed: text(),
      }),
    }),
    nav: z.strictObject({
      /** Accessible name of the main navigation. */
      label: text(),
      home: text(),
      about: text(),
      safety: text(),
    }),
    languageSwitch: z.strictObject({
      /** Accessible name of the language switch. */
      label: text(),
    }),
    footer: z.strictObject({
      /** Accessible name of the footer links. */
      label: text(),
      /** What the site does not do with its readers. */
      privacy: text(),
    }),
    home: z.strictObject({
      title: text(),
      description: text(),
      lead: text(),
      helpNowHeading: text(),
      helpNowIntro: text(),
      quickExitNote: text(),
      waysInHeading: text(),
    }),
    sections: z.strictObject({
      about: z.strictObject({ blurb: text() }),
      safety: z.strictObject({ blurb: text() }),
    }),
    notFound: z.strictObject({
      title: text(),
      body: text(),
      homeLink: text(),
    }),
  });
}

export type UiStrings = z.infer<ReturnType<typeof UiStringsSchema>>;
