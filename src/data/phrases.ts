/**
 * The help cards' "show this screen" phrases, read once and checked against
 * the destinations: every language a destination names has its file.
 */
import { getCollection } from 'astro:content';
import { assertNoProblems } from '../lib/content/content-error.ts';
import { missingPhraseLanguages } from '../lib/contacts/show-card.ts';
import type { PhraseSetData } from '../schemas/phrases.ts';
import { contactData } from './contacts.ts';

let loaded: Promise<ReadonlyMap<string, PhraseSetData>> | undefined;

/** Each destination language's phrases, by language tag. */
export function phraseSets(): Promise<ReadonlyMap<string, PhraseSetData>> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<ReadonlyMap<string, PhraseSetData>> {
  const entries = await getCollection('phrases');
  const problems = entries
    .filter((entry) => entry.data.lang !== entry.id)
    .map(
      (entry) => `content/phrases/${entry.id}.yaml: lang: "${entry.data.lang}" must be the file's name, "${entry.id}"`,
    );
  const sets = new Map(entries.map((entry) => [entry.data.lang, entry.data]));
  problems.push(...missingPhraseLanguages((await contactData()).destinations, new Set(sets.keys())));
  assertNoProblems('The "show this screen" phrases do not match the destinations:', problems);
  return sets;
}
