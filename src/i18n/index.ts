import { LOCALES, type Locale } from '../lib/locales.ts';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import { UiStringsSchema, type UiStrings } from './schema.ts';

export type { UiStrings };

/**
 * Validates one language's dictionary. Throws a message naming the file and
 * every missing, empty or unknown key, so the build stops rather than
 * publishing a page with a hole in it.
 */
export function parseUiStrings(file: string, data: unknown): UiStrings {
  const result = UiStringsSchema().safeParse(data);
  if (!result.success) {
    throw new Error(`UI strings are incomplete:\n${formatSchemaIssues(file, result.error.issues)}`);
  }
  return result.data;
}

/** Every dictionary file, `./<locale>.json`: one per language of the locale list. */
const files = import.meta.glob<unknown>('./*.json', { eager: true, import: 'default' });

const dictionaries = Object.fromEntries(
  LOCALES.map((locale) => {
    const file = `src/i18n/${locale}.json`;
    const data = files[`./${locale}.json`];
    if (data === undefined)
      throw new Error(`UI strings are incomplete:\n${file}: is missing; every language needs one`);
    return [locale, parseUiStrings(file, data)];
  }),
) as Record<Locale, UiStrings>;

/** The UI strings of a language. */
export function uiStrings(locale: Locale): UiStrings {
  return dictionaries[locale];
}

/**
 * Fills `{name}` placeholders in a UI string. A placeholder without a value
 * is an error, so a page never shows a raw `{country}`.
 */
export function fill(template: string, values: Record<string, string>): string {
  return fillPlaceholders(template, values, 'UI string');
}
