import { describe, expect, it } from 'vitest';
import { fixtureContact, fixturePhone } from './contact-fixtures.ts';
import {
  foreignLetters,
  missingPhraseLanguages,
  PHRASE_IDS,
  phraseProblems,
  showBlock,
  showFacts,
  withNumber,
} from './show-card.ts';

const phrases = (texts: Partial<Record<(typeof PHRASE_IDS)[number], string>> = {}) =>
  Object.fromEntries(
    PHRASE_IDS.map((id) => [id, { text: texts[id] ?? (id.startsWith('call') ? `전화 {number}` : '도움') }]),
  ) as Record<(typeof PHRASE_IDS)[number], { text: string }>;

const meanings = {
  needHelp: 'I need help.',
  callPolice: 'Call the police: {number}',
  callEmbassy: 'Call the embassy: {number}',
  callConsulate: 'Call the consulate: {number}',
  takeMeTo: 'Take me to this address:',
  noLanguage: 'I do not speak {language}.',
  doNotCall: 'Do not call my employer.',
};

const police = fixtureContact({ id: 'kr/police', country: 'KR', phones: [fixturePhone({ number: '112' }, 'KR')] });
const fire = fixtureContact({ id: 'kr/fire', country: 'KR', phones: [fixturePhone({ number: '119' }, 'KR')] });
const embassy = fixtureContact({
  id: 'kr/embassy-seoul',
  country: 'KR',
  mission: { kind: 'embassy', city: { mn: 'Сөүл', en: 'Seoul' } },
  phones: [fixturePhone({ number: '02-798-3465', line: 'fax' }, 'KR'), fixturePhone({ number: '02-798-3464' }, 'KR')],
  address: { local: '서울 용산구 독서당로 95' },
});
const bangkok = fixtureContact({
  id: 'th/embassy-bangkok',
  country: 'TH',
  mission: { kind: 'embassy', city: { mn: 'Бангкок', en: 'Bangkok' } },
  phones: [fixturePhone({ number: '+66 2-381-1400' }, 'TH')],
  address: { local: '100/3 Soi Ekkamai 22', official: true },
});
const geneva = fixtureContact({
  id: 'ch/permanent-mission-geneva',
  country: 'CH',
  mission: { kind: 'permanent-mission', city: { mn: 'Женев', en: 'Geneva' } },
  address: { local: 'Chemin des Mollies 4, CH-1293 Bellevue', official: true },
});

describe('phraseProblems', () => {
  it('accepts phrases with {number} once in each call phrase and letters of their script', () => {
    expect(phraseProblems({ script: 'Hang', phrases: phrases() })).toEqual([]);
  });

  it('names the phrase whose number placeholder is missing, repeated or misplaced', () => {
    const problems = phraseProblems({
      script: 'Hang',
      phrases: phrases({ callPolice: '경찰', callEmbassy: '{number} {number}', needHelp: '도움 {number}' }),
    });
    expect(problems).toEqual([
      { id: 'needHelp', message: 'holds no number: take {number} out' },
      { id: 'callPolice', message: 'must hold {number} once, where the number goes (it has 0)' },
      { id: 'callEmbassy', message: 'must hold {number} once, where the number goes (it has 2)' },
    ]);
  });

  it('refuses other placeholders and letters of another script', () => {
    expect(phraseProblems({ script: 'Hang', phrases: phrases({ takeMeTo: '주소 {address}' }) })).toEqual([
      { id: 'takeMeTo', message: '"{address}" is not a placeholder phrases know; only {number}' },
      { id: 'takeMeTo', message: 'has letters not of the Hang script: a d r e s' },
    ]);
    expect(phraseProblems({ script: 'Cyrl', phrases: phrases() })[0]?.message).toMatch(/not of the Cyrl script/);
  });
});

describe('foreignLetters', () => {
  it.each([
    ['Jpan', '私はモンゴル国籍です。', []],
    ['Hant', '請幫我報警：{number}', []],
    ['Arab', 'أحمل الجنسية المنغولية.', []],
    ['Thai', 'กรุณาโทรแจ้งตำรวจที่หมายเลข {number}', []],
    ['Latn', 'Ich habe die mongolische Staatsangehörigkeit.', []],
    ['Cyrl', 'У меня гражданство Монголии.', []],
    ['Cyrl', 'Мен Mоңғолия', ['M']],
  ] as const)('%s: %s', (script, text, foreign) => {
    expect(foreignLetters(text, script)).toEqual(foreign);
  });
});

describe('showFacts', () => {
  it('takes the police, the first mission with a voice line, and no address without an official source', () => {
    expect(showFacts({ code: 'KR' }, { emergency: [fire, police], missions: [embassy] })).toEqual({
      police: { written: '112', href: 'tel:112' },
      mission: { kind: 'embassy', written: '02-798-3464', href: 'tel:+8227983464' },
    });
  });

  it('falls back on the main emergency number, and dials a mission elsewhere in international form', () => {
    expect(showFacts({ code: 'MY' }, { emergency: [fire], missions: [bangkok] })).toEqual({
      police: { written: '119', href: 'tel:119' },
      mission: { kind: 'embassy', written: '+66 2 381 1400', href: 'tel:+6623811400' },
    });
  });

  it('offers an officially sourced address of a mission in the country, even one without a number', () => {
    expect(showFacts({ code: 'CH' }, { emergency: [], missions: [geneva] })).toEqual({
      address: 'Chemin des Mollies 4, CH-1293 Bellevue',
    });
  });
});

describe('withNumber', () => {
  it('puts the number where the placeholder is', () => {
    const number = { written: '112', href: 'tel:112' };
    expect(withNumber('Call: {number}', number)).toEqual(['Call: ', number]);
    expect(withNumber('โทร {number} ค่ะ', number)).toEqual(['โทร ', number, ' ค่ะ']);
    expect(withNumber('Help', number)).toEqual(['Help']);
  });
});

describe('showBlock', () => {
  const set = {
    lang: 'ko',
    dir: 'ltr' as const,
    name: { mn: 'солонгос', en: 'Korean' },
    nativeName: '한국어',
    script: 'Hang' as const,
    phrases: phrases(),
  };

  it('shows only the phrases the facts allow, each with its meaning in the page’s language', () => {
    const block = showBlock(set, { police: { written: '112', href: 'tel:112' } }, 'en', meanings);
    expect(block.lines.map((line) => line.id)).toEqual(['needHelp', 'callPolice', 'noLanguage', 'doNotCall']);
    expect(block.lines[1]).toEqual({
      id: 'callPolice',
      phrase: ['전화 ', { written: '112', href: 'tel:112' }],
      meaning: ['Call the police: ', { written: '112', href: 'tel:112' }],
    });
    expect(block.lines[2]!.meaning).toEqual(['I do not speak Korean.']);
  });

  it('asks for the consulate where the mission is one, and shows the address under its phrase', () => {
    const facts = {
      mission: { kind: 'consulate' as const, written: '2522 2400', href: 'tel:+85225222400' },
      address: '香港',
    };
    const block = showBlock(set, facts, 'mn', meanings);
    expect(block.lines.map((line) => line.id)).toEqual([
      'needHelp',
      'callConsulate',
      'takeMeTo',
      'noLanguage',
      'doNotCall',
    ]);
    expect(block.lines[2]!.address).toBe('香港');
  });

  it('uses a phrase’s own meaning where it has one', () => {
    const own = {
      ...set,
      phrases: { ...set.phrases, noLanguage: { text: '도움', meaning: { mn: 'Өөр утга', en: 'Own meaning' } } },
    };
    expect(showBlock(own, {}, 'en', meanings).lines.find((line) => line.id === 'noLanguage')!.meaning).toEqual([
      'Own meaning',
    ]);
  });
});

describe('missingPhraseLanguages', () => {
  it('names the destination file and the language without phrases', () => {
    expect(
      missingPhraseLanguages(
        [
          { slug: 'kr', phraseLanguages: ['ko'] },
          { slug: 'mo', phraseLanguages: ['zh-Hant', 'pt'] },
        ],
        new Set(['ko', 'zh-Hant']),
      ),
    ).toEqual([
      'content/countries/mo.yaml: phraseLanguages[1]: "pt" has no phrases; add content/phrases/pt.yaml or use one of: ko, zh-Hant',
    ]);
  });
});
