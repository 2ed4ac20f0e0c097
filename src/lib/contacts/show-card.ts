/**
 * The "show this screen" card of a help card: short phrases in the
 * destination's own language that she can turn towards a driver, a
 * shopkeeper, a nurse or a police officer, each with what it says in the
 * page's language underneath. Numbers and the address come from the
 * contacts, never from the phrases.
 */
import { isCallable, type Contact, type ContactPhone } from './contacts.ts';
import type { Destination, HelpCard } from './destinations.ts';

/** The phrases every destination language has, in the order the card shows them. */
export const PHRASE_IDS = [
  'needHelp',
  'callPolice',
  'callEmbassy',
  'callConsulate',
  'takeMeTo',
  'noLanguage',
  'doNotCall',
] as const;
export type PhraseId = (typeof PHRASE_IDS)[number];

/** The phrases that hold a number: `{number}` once in each, nowhere else. */
export const NUMBER_PHRASES: ReadonlySet<PhraseId> = new Set(['callPolice', 'callEmbassy', 'callConsulate']);

/** The scripts phrases are written in (ISO 15924), and the letters each allows. */
const SCRIPT_LETTERS = {
  Hang: /\p{Script=Hangul}/u,
  Hans: /\p{Script=Han}/u,
  Hant: /\p{Script=Han}/u,
  Jpan: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u,
  Thai: /\p{Script=Thai}/u,
  Arab: /\p{Script=Arabic}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Latn: /\p{Script=Latin}/u,
} as const;
export type PhraseScript = keyof typeof SCRIPT_LETTERS;
export const PHRASE_SCRIPTS = Object.keys(SCRIPT_LETTERS) as [PhraseScript, ...PhraseScript[]];

export const NUMBER_PLACEHOLDER = '{number}';

/** A phrase's letters that are not of its script (the placeholder left out). */
export function foreignLetters(text: string, script: PhraseScript): string[] {
  const letters = [...text.replaceAll(NUMBER_PLACEHOLDER, '')].filter((character) => /\p{L}/u.test(character));
  return [...new Set(letters.filter((letter) => !SCRIPT_LETTERS[script].test(letter)))];
}

interface PhraseSetShape {
  script: PhraseScript;
  phrases: Record<PhraseId, { text: string }>;
}

/** What is wrong with a language's phrases: a number placeholder missing or misplaced, letters of another script. */
export function phraseProblems(set: PhraseSetShape): { id: PhraseId; message: string }[] {
  const problems: { id: PhraseId; message: string }[] = [];
  for (const id of PHRASE_IDS) {
    const { text } = set.phrases[id];
    const placeholders = text.split(NUMBER_PLACEHOLDER).length - 1;
    if (NUMBER_PHRASES.has(id) && placeholders !== 1) {
      problems.push({
        id,
        message: `must hold ${NUMBER_PLACEHOLDER} once, where the number goes (it has ${placeholders})`,
      });
    } else if (!NUMBER_PHRASES.has(id) && placeholders > 0) {
      problems.push({ id, message: `holds no number: take ${NUMBER_PLACEHOLDER} out` });
    }
    const other = /\{(?!number\})[^}]*\}/.exec(text);
    if (other)
      problems.push({ id, message: `"${other[0]}" is not a placeholder phrases know; only ${NUMBER_PLACEHOLDER}` });
    const foreign = foreignLetters(text, set.script);
    if (foreign.length > 0) {
      problems.push({ id, message: `has letters not of the ${set.script} script: ${foreign.join(' ')}` });
    }
  }
  return problems;
}

/** A number a phrase asks someone to call, as a local would dial it. */
export interface ShownNumber {
  written: string;
  href: string;
}

/** What the phrases of a destination fill in. */
export interface ShowFacts {
  /** The police, or the main emergency number where the police has none of its own. */
  police?: ShownNumber;
  /** Her embassy or consulate with a number to call. */
  mission?: ShownNumber & { kind: 'embassy' | 'consulate' };
  /** The address of a mission in the country, where an official source gives it. */
  address?: string;
}

function firstVoice(contact: Contact): ContactPhone | undefined {
  return contact.phones.find((phone) => phone.line === 'voice' && isCallable(phone));
}

/** A number as it is dialled from inside `country`: as written there, or in international form from elsewhere. */
function dialledFrom(contact: Contact, phone: ContactPhone, country: string): ShownNumber {
  return contact.country === country
    ? { written: phone.written, href: phone.href! }
    : { written: phone.international, href: phone.href! };
}

const MISSION_PHRASE_KIND = {
  embassy: 'embassy',
  'consulate-general': 'consulate',
  consulate: 'consulate',
} as const;

/** The numbers and address a destination's phrases fill in, from its help card. */
export function showFacts(
  destination: Pick<Destination, 'code'>,
  card: Pick<HelpCard, 'emergency' | 'missions'>,
): ShowFacts {
  const facts: ShowFacts = {};
  const police =
    card.emergency.find((contact) => contact.id.endsWith('/police') && firstVoice(contact)) ??
    card.emergency.find((contact) => firstVoice(contact));
  if (police) facts.police = dialledFrom(police, firstVoice(police)!, destination.code);
  for (const mission of card.missions) {
    const kind = mission.mission && MISSION_PHRASE_KIND[mission.mission.kind as keyof typeof MISSION_PHRASE_KIND];
    const phone = firstVoice(mission);
    if (kind && phone) {
      facts.mission = { kind, ...dialledFrom(mission, phone, destination.code) };
      break;
    }
  }
  const addressed = card.missions.find((mission) => mission.country === destination.code && mission.address?.official);
  if (addressed) facts.address = addressed.address!.local;
  return facts;
}

/** A run of a line: text, or a number to call. */
export type LinePart = string | ShownNumber;

/** One line of the card: the phrase, what it says in the page's language, and the address under it. */
export interface ShowLine {
  id: PhraseId;
  phrase: LinePart[];
  meaning: LinePart[];
  address?: string;
}

/** The phrases of one language as the card shows them, with the facts filled in. */
export interface ShowBlock {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's name as the page names it, after "in". */
  name: string;
  nativeName: string;
  lines: ShowLine[];
}

/** The anchor of a language's block on the help card: `show-ko`, `show-zh-hant`. */
export function showBlockId(lang: string): string {
  return `show-${lang.toLowerCase()}`;
}

/** Splits a text at `{number}`, putting the number between the halves. */
export function withNumber(text: string, number: ShownNumber | undefined): LinePart[] {
  const [before, after] = text.split(NUMBER_PLACEHOLDER);
  if (after === undefined || number === undefined) return [text];
  return [before!, number, after].filter((part) => part !== '');
}

/** Which phrases a destination's facts allow: never a line asking for a number or an address there is not. */
function linesFor(facts: ShowFacts): PhraseId[] {
  return PHRASE_IDS.filter((id) => {
    if (id === 'callPolice') return facts.police !== undefined;
    if (id === 'callEmbassy') return facts.mission?.kind === 'embassy';
    if (id === 'callConsulate') return facts.mission?.kind === 'consulate';
    if (id === 'takeMeTo') return facts.address !== undefined;
    return true;
  });
}

export interface PhraseSetForCard<Locale extends string> extends PhraseSetShape {
  lang: string;
  dir: 'ltr' | 'rtl';
  name: Record<Locale, string>;
  nativeName: string;
  phrases: Record<PhraseId, { text: string; meaning?: Record<Locale, string> }>;
}

/**
 * One language's block for a destination, in the page's `locale`: the
 * phrases its facts allow, each with its meaning from `meanings` (the UI's
 * text, with `{number}` and `{language}`), or the phrase's own where it has one.
 */
export function showBlock<Locale extends string>(
  set: PhraseSetForCard<Locale>,
  facts: ShowFacts,
  locale: Locale,
  meanings: Record<PhraseId, string>,
): ShowBlock {
  const numberOf = (id: PhraseId) =>
    id === 'callPolice' ? facts.police : NUMBER_PHRASES.has(id) ? facts.mission : undefined;
  return {
    lang: set.lang,
    dir: set.dir,
    name: set.name[locale],
    nativeName: set.nativeName,
    lines: linesFor(facts).map((id) => {
      const phrase = set.phrases[id];
      const meaning = (phrase.meaning?.[locale] ?? meanings[id]).replaceAll('{language}', set.name[locale]);
      return {
        id,
        phrase: withNumber(phrase.text, numberOf(id)),
        meaning: withNumber(meaning, numberOf(id)),
        ...(id === 'takeMeTo' && facts.address ? { address: facts.address } : {}),
      };
    }),
  };
}

/** Destinations whose `phraseLanguages` name a language without a phrases file, as problems naming the file. */
export function missingPhraseLanguages(
  destinations: readonly Pick<Destination, 'slug' | 'phraseLanguages'>[],
  languages: ReadonlySet<string>,
): string[] {
  return destinations.flatMap((destination) =>
    destination.phraseLanguages.flatMap((lang, index) =>
      languages.has(lang)
        ? []
        : [
            `content/countries/${destination.slug}.yaml: phraseLanguages[${index}]: "${lang}" has no phrases; ` +
              `add content/phrases/${lang}.yaml or use one of: ${[...languages].sort().join(', ')}`,
          ],
    ),
  );
}
