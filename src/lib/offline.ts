/**
 * What the service worker keeps on the phone for use without a connection:
 * the same fixed set for everyone — the help-abroad page, every help card,
 * the hotlines and the safety page in both languages, the home pages, the
 * offline page and the icons. Pages someone happens to read are never
 * added, so the saved copy does not tell anyone what was read.
 */
import { LOCALES, DEFAULT_LOCALE } from './locales.ts';

/** The pages kept for each language, as paths without the language (`''` is home). */
const SAVED_PAGES = ['', 'abroad', 'hotlines', 'safety', 'offline'] as const;
const HELP_CARD = /^abroad\/[a-z]{2}$/;
/** Files of the site shell: the manifests and icons an installed site starts from. */
const SHELL = /^(favicon\.svg|(en\/)?manifest\.webmanifest|icons\/[\w-]+\.png)$/;

function pageFile(locale: string, slug: string): string {
  const prefix = locale === DEFAULT_LOCALE ? '' : locale;
  if (slug === '') return prefix === '' ? 'index.html' : `${prefix}.html`;
  return `${prefix === '' ? '' : `${prefix}/`}${slug}.html`;
}

/**
 * The files of `dist/` to keep offline, from the list of built files.
 * Throws when a page that must be kept was not built.
 */
export function offlineFiles(files: readonly string[]): string[] {
  const built = new Set(files);
  const kept = new Set<string>();
  for (const locale of LOCALES) {
    for (const slug of SAVED_PAGES) {
      const file = pageFile(locale, slug);
      if (!built.has(file)) throw new Error(`dist/${file} is missing; it must be kept for offline use`);
      kept.add(file);
    }
    const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
    for (const file of files) {
      if (file.startsWith(prefix) && HELP_CARD.test(file.slice(prefix.length).replace(/\.html$/, ''))) {
        if (file.endsWith('.html')) kept.add(file);
      }
    }
  }
  for (const file of files) if (SHELL.test(file)) kept.add(file);
  return [...kept].sort();
}
