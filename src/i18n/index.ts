import type { Locale } from '../lib/locales.ts';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import en from './en.json';
import mn from './mn.json';
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

const dictionaries: Record<Locale, UiStrings> = {
  mn: parseUiStrings('src/i18n/mn.json', mn),
  en: parseUiStrings('src/i18n/en.json', en),
};

/** The UI strings of a language. */
export function uiStrings(locale: Locale): UiStrings {
  return dictionaries[locale];
}

/**
 * Fills `{name}` placeholders in a UI string. A placeholder without a value
 * is an error, so a page never shows a raw `{country}`.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for ${placeholder}`);
    return value;
  });
}
