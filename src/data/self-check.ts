/**
 * The self-check content per language, every language checked to ask the
 * same questions in the same order as the first.
 */
import { getCollection } from 'astro:content';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale, otherLocales } from '../lib/locales.ts';
import { checkTwinProblems } from '../lib/content/self-check.ts';
import type { SelfCheck } from '../schemas/self-check.ts';

export async function selfCheck(locale: Locale): Promise<SelfCheck> {
  const entries = new Map((await getCollection('check')).map((entry) => [entry.id, entry.data]));
  const missing = LOCALES.filter((each) => !entries.has(each)).map(
    (each) => `content/check/${each}.yaml: is missing; the self-check needs every language`,
  );
  assertNoProblems('The self-check is incomplete:', missing);
  const file = (each: Locale) => ({ file: `content/check/${each}.yaml`, ...entries.get(each)! });
  assertNoProblems(
    'The self-check does not pair up:',
    otherLocales(DEFAULT_LOCALE).flatMap((each) => checkTwinProblems(file(DEFAULT_LOCALE), file(each))),
  );
  return entries.get(locale)!;
}
