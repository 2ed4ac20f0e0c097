/**
 * The help cards' contact QR codes and text-message links, as built: each
 * code decoded by two independent decoders (zbar and jsQR) and its vCard
 * parsed by ical.js back to the numbers the contact data publishes; each
 * `sms:` link read back to the card's key numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { isCallable } from '../../src/lib/contacts/contacts.ts';
import {
  callLinkPhone,
  cardContacts,
  dialsFrom,
  helpCard,
  missionsFor,
  stripContacts,
} from '../../src/lib/contacts/destinations.ts';
import { destinationQrPath } from '../../src/lib/contacts/vcard-paths.ts';
import { LOCALES, localePath } from '../../src/lib/locales.ts';
import { SITE_MAP, sectionPath } from '../../src/lib/site-map.ts';
import { readContactFiles } from '../../src/loaders/content-files.ts';
import { jsqrDecode, readVcard, svgToPng, zbarDecode } from '../support/contact-qr-read.ts';
import { builtFiles, DIST } from '../support/dist.ts';

const { hotlines, destinations, byId } = await readContactFiles(join(import.meta.dirname, '..', '..'));
builtFiles();
const cases = destinations.flatMap((destination) => LOCALES.map((locale) => ({ destination, locale })));

describe('the contact QR code of every help card', () => {
  it.each(cases)(
    '$destination.slug ($locale) decodes with zbar and jsQR to a vCard of every published voice number',
    ({ destination, locale }) => {
      const svg = readFileSync(join(DIST, `${destinationQrPath(locale, destination.slug)}`), 'utf8');
      const png = svgToPng(svg, 900);
      const [text, ...more] = zbarDecode(png);
      expect(more).toEqual([]);
      expect(jsqrDecode(png)).toBe(text);
      expect(text).toMatch(/^[\x20-\x7e\r\n]*$/);
      const vcard = readVcard(text!);
      expect(vcard.name).toMatch(/^[ -~]+$/);

      // What the data publishes: each voice number of the card, dialled from inside the country.
      const card = helpCard(destination, hotlines, byId);
      const expected = new Set(
        cardContacts(card).flatMap((contact) =>
          contact.phones.flatMap((phone) => {
            if (!isCallable(phone) || phone.line !== 'voice') return [];
            if (contact.country === destination.code) return [phone.href];
            return phone.reach === 'anywhere' ? [phone.abroad?.href ?? phone.href] : [];
          }),
        ),
      );
      expect(new Set(vcard.numbers.map((number) => `tel:${number}`))).toEqual(expected);
      // The key lines first, for scanners that save only a contact's first three numbers.
      const key = stripContacts(destination, byId).map((contact) => callLinkPhone(contact)!.href);
      expect(vcard.numbers.slice(0, key.length).map((number) => `tel:${number}`)).toEqual(key);
      // The note names every number.
      expect(vcard.note.split('\n')).toHaveLength(vcard.numbers.length);
    },
  );

  it('is linked from each help card, in both languages, as a download', () => {
    for (const { destination, locale } of cases) {
      const page = `${localePath(locale, sectionPath(SITE_MAP.abroad, destination.slug)).slice(1)}.html`;
      const html = parse(readFileSync(join(DIST, page), 'utf8'));
      const link = html.querySelector(`a[href="${destinationQrPath(locale, destination.slug)}"]`);
      expect(link?.hasAttribute('download'), page).toBe(true);
      expect(link?.text.trim()).toBe(uiStrings(locale).card.saveQr);
    }
  });
});

describe('the text-message link of every help card', () => {
  it.each(cases)('$destination.slug ($locale) writes the country and its key numbers', ({ destination, locale }) => {
    const page = `${localePath(locale, sectionPath(SITE_MAP.abroad, destination.slug)).slice(1)}.html`;
    const links = parse(readFileSync(join(DIST, page), 'utf8')).querySelectorAll('a[href^="sms:?"]');
    // A line that takes texts has its own sms: link with a number; this one has none.
    expect(links, page).toHaveLength(1);
    expect(links[0]!.text.trim()).toBe(uiStrings(locale).card.sendNumbers);
    // As a browser follows it: the RFC 5724 URI, its body percent-encoded UTF-8.
    const uri = new URL(links[0]!.getAttribute('href')!).href;
    expect(uri).toMatch(/^sms:\?&body=(?:[A-Za-z0-9\-._~!*'():]|%[0-9A-F]{2})+$/);
    const [country, ...lines] = decodeURIComponent(uri.slice('sms:?&body='.length)).split('\n');
    expect(country).toBe(destination.name[locale]);
    // The emergency number and her embassy, each where it can be dialled from there, as the strip has them.
    const key = stripContacts(destination, byId).filter((contact) => !contact.speaksMongolian);
    expect(key.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(key.length);
    for (const [index, contact] of key.entries()) {
      const phone = callLinkPhone(contact)!;
      expect(lines[index]).toMatch(
        new RegExp(`: ${(phone.kind === 'phone' ? phone.international : phone.written).replace(/[+]/g, '\\+')}$`),
      );
    }
    expect(destination.emergency).toContain(key[0]);
    const missionToCall = missionsFor(destination, byId).some((contact) => dialsFrom(contact, destination.code));
    expect(key.some((contact) => contact.mission)).toBe(missionToCall);
  });
});

describe('the safety page', () => {
  it.each([
    ['safety.html', 'мессежийн апп-д'],
    ['en/safety.html', 'stay in your messages app'],
  ])('%s says that a sent message stays in her messages app', (page, words) => {
    const text = parse(readFileSync(join(DIST, page), 'utf8')).querySelector('main')!.text;
    expect(text).toContain(words);
  });
});
