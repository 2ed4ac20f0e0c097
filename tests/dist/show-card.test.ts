import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContactFiles, YAML_FOLDERS } from '../../src/loaders/content-files.ts';
import { callablePhones } from '../../src/lib/contacts/contacts.ts';
import { helpCard } from '../../src/lib/contacts/destinations.ts';
import { foreignLetters, showBlockId } from '../../src/lib/contacts/show-card.ts';
import { readYamlDirectory } from '../../src/lib/content/yaml-files.ts';
import { LOCALES, localePath } from '../../src/lib/locales.ts';
import { DIST } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const { destinations, hotlines, byId } = await readContactFiles(root);
const sets = new Map(
  readYamlDirectory(root, YAML_FOLDERS.phrases.directory, YAML_FOLDERS.phrases.schema()).map(({ data }) => [
    data.lang,
    data,
  ]),
);
const page = (path: string) => parse(readFileSync(join(DIST, `${path.slice(1)}.html`), 'utf8'));

describe('the "show this screen" phrases of every help card', () => {
  const cards = destinations.flatMap((destination) =>
    LOCALES.map((locale) => ({ destination, locale, path: localePath(locale, `abroad/${destination.slug}`) })),
  );

  it.each(cards.map((card) => [card.path, card] as const))('%s', (_, { destination, locale, path }) => {
    const html = page(path);
    const card = helpCard(destination, hotlines, byId);
    // The numbers a phrase may ask a stranger to call: the card's emergency numbers and missions, nothing else.
    const allowed = new Set([...card.emergency, ...card.missions].flatMap(callablePhones).map((phone) => phone.href));
    expect(destination.phraseLanguages.length).toBeGreaterThan(0);
    for (const lang of destination.phraseLanguages) {
      const set = sets.get(lang)!;
      const block = html.querySelector(`#${showBlockId(lang)}`);
      expect(block, `${path}: no block in ${lang}`).not.toBeNull();
      expect(html.querySelector(`a[href="#${showBlockId(lang)}"]`), `${path}: no link to ${lang}`).not.toBeNull();
      const list = block!.querySelector('ul')!;
      expect(list.getAttribute('lang')).toBe(lang);
      expect(list.getAttribute('dir')).toBe(set.dir);
      const lines = list.querySelectorAll(':scope > li');
      const phrases = lines.map((line) => line.querySelector('p')!.text);
      // Every line a card always has, in the language's own script and nothing else.
      for (const id of ['needHelp', 'noLanguage', 'doNotCall'] as const) {
        expect(phrases, `${path} ${lang} ${id}`).toContain(set.phrases[id].text);
      }
      for (const phrase of phrases) {
        expect(foreignLetters(phrase, set.script), `${path} ${lang}: ${phrase}`).toEqual([]);
        expect(phrase, `${path} ${lang}: placeholder left in`).not.toContain('{');
      }
      const numbers = block!.querySelectorAll('a[href^="tel:"]').map((link) => link.getAttribute('href')!);
      for (const href of numbers) expect(allowed, `${path} ${lang}: ${href}`).toContain(href);
      // The police line where the card has an emergency number to call, with that number.
      const emergency = new Set(card.emergency.flatMap(callablePhones).map((phone) => phone.href));
      const police = phrases.find((phrase) => phrase.startsWith(set.phrases.callPolice.text.split('{number}')[0]!));
      expect(police !== undefined, `${path} ${lang}: police line`).toBe(emergency.size > 0);
      if (police) expect(emergency, `${path} ${lang}`).toContain(numbers[0]);
      // What each line says, in the page's language, unless the phrase is in it already.
      const meanings = lines.map((line) => line.querySelector(`p[lang="${locale}"]`));
      if (lang !== locale) for (const meaning of meanings) expect(meaning?.text.trim(), path).toBeTruthy();
    }
  });

  it('are on every short-link page that stands for a help card, in both languages', () => {
    let checked = 0;
    for (const destination of destinations) {
      for (const locale of LOCALES) {
        const card = localePath(locale, `abroad/${destination.slug}`);
        const copies = [`go/${destination.slug}`, `GO/${destination.slug.toUpperCase()}`]
          .map((code) => localePath(locale, code))
          .filter((path) => existsSync(join(DIST, `${path.slice(1)}.html`)));
        for (const path of copies) {
          const ids = (root: ReturnType<typeof page>) =>
            root.querySelectorAll('section[id^="show-"]').map((block) => block.id);
          expect(ids(page(path)), path).toEqual(ids(page(card)));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(destinations.length * LOCALES.length);
  });

  it('carry a back-translation check for every phrase of every language a destination names', () => {
    const named = new Set(destinations.flatMap((destination) => destination.phraseLanguages));
    expect([...named].sort()).toEqual([...sets.keys()].sort());
    for (const set of sets.values()) {
      for (const phrase of Object.values(set.phrases)) expect(phrase.backTranslation.length).toBeGreaterThan(0);
    }
  });
});
