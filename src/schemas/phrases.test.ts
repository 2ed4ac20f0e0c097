import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { PHRASE_IDS } from '../lib/contacts/show-card.ts';
import { PhraseSetSchema } from './phrases.ts';

const phrase = (text: string) => ({ text, backTranslation: 'Back', check: 'Matches the intent.' });
const valid = {
  lang: 'ko',
  name: { mn: 'солонгос', en: 'Korean' },
  nativeName: '한국어',
  dir: 'ltr',
  script: 'Hang',
  checked: '2026-12-02',
  phrases: Object.fromEntries(PHRASE_IDS.map((id) => [id, phrase(id.startsWith('call') ? '전화 {number}' : '도움')])),
};

function errors(data: unknown): string {
  const result = PhraseSetSchema().safeParse(data);
  return result.success ? '' : formatSchemaIssues('content/phrases/ko.yaml', result.error.issues);
}

describe('PhraseSetSchema', () => {
  it('accepts a language with every phrase, its back-translation and check', () => {
    expect(errors(valid)).toBe('');
  });

  it.each([
    [{ ...valid, phrases: { ...valid.phrases, doNotCall: undefined } }, 'phrases.doNotCall: is missing'],
    [
      { ...valid, phrases: { ...valid.phrases, needHelp: { text: '도움', check: 'Matches.' } } },
      'phrases.needHelp.backTranslation: is missing',
    ],
    [
      { ...valid, phrases: { ...valid.phrases, callPolice: phrase('경찰 112') } },
      'phrases.callPolice.text: must hold {number} once',
    ],
    [
      { ...valid, phrases: { ...valid.phrases, needHelp: phrase('I need help') } },
      'phrases.needHelp.text: has letters not of the Hang script',
    ],
    [{ ...valid, dir: 'right' }, 'dir: expected ltr or rtl'],
    [{ ...valid, script: 'Kore' }, 'script: expected one of'],
    [{ ...valid, lang: 'Korean' }, 'lang: expected a BCP 47 language tag'],
    [{ ...valid, name: { mn: 'солонгос' } }, 'name.en: is missing'],
  ])('names the file, the field and the reason: %#', (data, message) => {
    expect(errors(data)).toContain(`content/phrases/ko.yaml: ${message}`);
  });
});

describe('the phrases in content/phrases', () => {
  const folder = join(import.meta.dirname, '../../content/phrases');
  const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

  it('are each valid, named by their language, and checked by a back-translation', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const data = yaml.load(readFileSync(join(folder, file), 'utf8'));
      expect(errors(data), file).toBe('');
      expect(PhraseSetSchema().parse(data).lang, file).toBe(file.replace(/\.yaml$/, ''));
    }
  });
});
