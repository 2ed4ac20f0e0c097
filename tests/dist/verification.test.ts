/**
 * Honest numbers in the built site: no fax behind a call button, no status
 * that claims more than was done, no known-wrong number anywhere, and no
 * appointment line leading a page. Statuses are recomputed here from the
 * content by the rule, independently of the schema that derives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContactFiles } from '../../src/loaders/content-files.ts';
import { allContacts } from '../../src/lib/contacts/contact-checks.ts';
import { callablePhones, isPublished, type Contact } from '../../src/lib/contacts/contacts.ts';
import { numberKey } from '../../src/lib/contacts/number-match.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { builtFiles, DIST } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const { hotlines, destinations } = await readContactFiles(root);
const contacts: Contact[] = [...hotlines, ...destinations.flatMap(allContacts)];
const pages = builtFiles().filter((file) => file.html !== undefined);
const telDigits = (href: string) => href.replace(/^tel:/, '').replace(/\D/g, '');

describe('statuses follow the rule for every contact', () => {
  it.each(contacts.map((contact) => [contact.id, contact]))('%s', (_id, contact) => {
    const key = (written: string) => numberKey(written, contact.country);
    for (const phone of contact.phones) {
      const own = key(phone.written);
      const official = contact.sources.some(
        (source) => source.official && source.states.some((stated) => key(stated) === own),
      );
      const latestCall = contact.calls.find((call) => key(call.number) === own);
      const expected = latestCall?.outcome === 'answered' || official ? 'confirmed' : 'single-source';
      expect(phone.verification.status, `${contact.id} ${phone.written}`).toBe(expected);
    }
    const offered = contact.phones.filter((phone) => phone.line !== 'fax');
    if (offered.length > 0) {
      const weakest = offered.some((phone) => phone.verification.status === 'single-source')
        ? 'single-source'
        : 'confirmed';
      expect(contact.status, contact.id).toBe(weakest);
    }
  });

  it('counts copies of one list once', () => {
    const seoul = contacts.find((contact) => contact.id === 'kr/embassy-seoul')!;
    expect(seoul.sources.filter((source) => source.list === 'embassy-list').length).toBeGreaterThan(1);
    expect(seoul.phones[0]!.verification.independent).toBe(1);
  });
});

describe('faxes', () => {
  const faxes = new Set(
    contacts.flatMap((contact) => [
      ...contact.phones.filter((phone) => phone.line === 'fax').map((phone) => phone.e164!.replace(/\D/g, '')),
      ...contact.sources.flatMap((source) =>
        (source.faxes ?? []).map((fax) => numberKey(fax, contact.country)!.replace(/\D/g, '')),
      ),
    ]),
  );
  // Second numbers that the unofficial embassy list gives and other sources show to be faxes, or may be.
  const known = ['6623924199', '861065326216', '81334692216'];

  it('knows the faxes the sources name', () => {
    expect([...faxes]).toContain('6623924199');
  });

  it('are never a tel: or sms: link on any page', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const link of parse(page.html!).querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
        const number = telDigits(link.getAttribute('href')!);
        if (faxes.has(number) || known.includes(number)) found.push(`${page.path}: ${link.getAttribute('href')}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('what the cards claim', () => {
  const [mn, en] = [uiStrings('mn').contact.basis, uiStrings('en').contact.basis];
  const claims = [mn.official, en.official, mn.call.split('{')[0]!, en.call.split('{')[0]!];
  const doubts = /could not be confirmed|баталж чадаагүй|no official source|албан ёсны эх сурвалж олдоогүй/i;

  it('never says a number is confirmed on a card whose own text doubts it', () => {
    const found: string[] = [];
    let cards = 0;
    for (const page of pages) {
      for (const card of parse(page.html!).querySelectorAll('article[aria-labelledby^="contact-"]')) {
        cards += 1;
        const text = card.text;
        if (doubts.test(text) && claims.some((claim) => text.includes(claim))) {
          found.push(`${page.path}: ${card.getAttribute('aria-labelledby')}`);
        }
      }
    }
    expect(cards).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('show no status for a contact without a number to call', () => {
    const numberless = contacts.filter((contact) => isPublished(contact) && callablePhones(contact).length === 0);
    expect(numberless.length).toBeGreaterThan(0);
    const page = pages.find((file) => file.path === 'abroad/tr.html')!;
    const istanbul = parse(page.html!).querySelector('#contact-tr-consulate-general-istanbul')!.closest('article')!;
    for (const claim of claims) expect(istanbul.text).not.toContain(claim);
  });
});

describe('numbers that must lead nothing or appear nowhere', () => {
  it('never prints the known typo of the Danuri line', () => {
    const found = builtFiles()
      .filter((file) => /\.(html|json|vcf|xml|txt|js)$/.test(file.path))
      .filter((file) => readFileSync(join(DIST, file.path), 'utf8').includes('1577-1336'))
      .map((file) => file.path);
    expect(found).toEqual([]);
  });

  it('never leads a page with the 2020 appointment line 83042222', () => {
    const led: string[] = [];
    for (const page of pages) {
      const first = parse(page.html!).querySelector('a[href^="tel:"]');
      if (first && telDigits(first.getAttribute('href')!) === '97683042222') led.push(page.path);
    }
    expect(led).toEqual([]);
  });

  it('leads Turkey with 112, the single emergency number, and gives YİMER its five languages', () => {
    for (const path of ['abroad/tr.html', 'en/abroad/tr.html']) {
      const html = parse(pages.find((file) => file.path === path)!.html!);
      expect(html.querySelector('main a[href^="tel:"]')?.getAttribute('href'), path).toBe('tel:112');
      expect(html.querySelector('a[href^="tel:"]')?.getAttribute('href'), path).toBe('tel:112');
    }
    const english = pages.find((file) => file.path === 'en/abroad/tr.html')!.html!;
    expect(english).toContain('Turkish, English, Arabic, Persian and Russian');
    expect(english).not.toContain('Pashto');
  });
});
