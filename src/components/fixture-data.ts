/**
 * For component tests: stand-ins for the modules of src/data, each export
 * named as the one it stands for, all drawn from one fixture world. A test
 * mocks a data module with this one:
 *
 *   vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));
 *
 * One world for every test keeps the tests right even when test files share
 * their modules (Vitest without isolation).
 */
import type { ContactData } from '../data/contacts.ts';
import type { ReportAddress } from '../lib/contacts/number-report.ts';
import type { ShortLinkEntry } from '../lib/links/short-links.ts';
import type { PhraseSetData } from '../schemas/phrases.ts';
import type { PrintedChange } from '../lib/print/printed-changes.ts';
import { fixtureContactData } from './component-fixtures.ts';

export async function contactData(): Promise<ContactData> {
  return fixtureContactData;
}

const phrase = (text: string) => ({ text, backTranslation: text, check: 'Matches the intent.' });

/** Korean phrases for the fixture world's Korea. */
export async function phraseSets(): Promise<ReadonlyMap<string, PhraseSetData>> {
  const korean: PhraseSetData = {
    lang: 'ko',
    name: { mn: 'солонгос', en: 'Korean' },
    nativeName: '한국어',
    dir: 'ltr',
    script: 'Hang',
    checked: '2026-12-02',
    phrases: {
      needHelp: phrase('저는 몽골 국민입니다.'),
      callPolice: phrase('경찰에 전화해 주세요: {number}'),
      callEmbassy: phrase('몽골 대사관에 전화할 수 있게 도와주세요: {number}'),
      callConsulate: phrase('몽골 총영사관에 전화할 수 있게 도와주세요: {number}'),
      takeMeTo: phrase('이 주소로 데려다주세요:'),
      noLanguage: phrase('저는 한국어를 할 줄 모릅니다.'),
      doNotCall: phrase('제 고용주에게는 연락하지 말아 주세요.'),
    },
  };
  return new Map([['ko', korean]]);
}

export async function shortLinks(): Promise<ShortLinkEntry[]> {
  return [
    { code: 'kr', target: 'abroad/kr' },
    { code: 'my', target: 'abroad/my' },
    { code: 'help', target: 'hotlines' },
  ];
}

const firstRun = {
  edition: 'Passport insert, first run',
  date: '2026-01-15',
  label: { mn: 'Элчин сайдын яам', en: 'Embassy' },
};
const embassyMoved = { contact: 'kr/embassy-seoul', printed: '+82 2 798 3464', now: '+82 10 8205 3464' };

export async function changedPrintedNumbers(): Promise<PrintedChange[]> {
  return [
    { ...firstRun, ...embassyMoved, code: 'kr', nowHref: 'tel:+821082053464' },
    { ...firstRun, code: 'kr', contact: 'kr/danuri', printed: '1577-1366' },
    // The same old number on a second card.
    { ...firstRun, ...embassyMoved, code: 'korea', nowHref: 'tel:+821082053464' },
    { ...firstRun, code: 'th', contact: 'th/embassy-bangkok', printed: '+66 2 381 1400' },
  ];
}

export async function sitePageTitles() {
  return {
    mn: new Map([['abroad', 'Гадаадад тусламж']]),
    en: new Map([['abroad', 'Help abroad']]),
  };
}

/** Campaign twins by slug, with only the entry data the components read. */
export async function campaignEntries() {
  const twins = (title: string, fields: { start: string; end?: string; call?: string; read: string }) => ({
    mn: { data: { title: `${title} (mn)`, description: `About ${title} (mn)`, ...fields } },
    en: { data: { title, description: `About ${title}`, ...fields } },
  });
  return new Map([
    ['world-day', twins('World Day', { start: '2026-07-30', end: '2026-07-30', call: 'police', read: 'abroad' })],
    ['keep-numbers', twins('Keep these numbers', { start: '2026-01-01', read: 'abroad' })],
  ]);
}

/** The fixture world's editors: a mailbox and a number for texts. */
export async function reportAddress(): Promise<ReportAddress> {
  return { email: 'numbers@example.org', sms: '+97699112233' };
}
