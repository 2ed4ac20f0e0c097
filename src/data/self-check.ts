/**
 * The self-check content per language, both languages checked to ask the same
 * questions in the same order.
 */
import { getCollection } from 'astro:content';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { LOCALES, type Locale } from '../lib/locales.ts';
import { checkTwinProblems } from '../lib/content/self-check.ts';
import type { SelfCheck } from '../schemas/self-check.ts';

export async function selfCheck(locale: Locale): Promise<SelfCheck> {
  const entries = new Map((await getCollection('check')).map((entry) => [entry.id, entry.data]));
  const missing = LOCALES.filter((each) => !entries.has(each)).map(
    (each) => `content/check/${each}.yaml: is missing; the self-check needs both languages`,
  );
  assertNoProblems('The self-check is incomplete:', missing);
  assertNoProblems('The self-check does not pair up:', checkTwinProblems(entries.get('mn')!, entries.get('en')!));
  return entries.get(locale)!;
}
