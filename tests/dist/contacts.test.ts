import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { getCountryCallingCode } from 'libphonenumber-js';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContacts } from '../../src/loaders/content-files.ts';
import { isPublished } from '../../src/lib/contacts/contacts.ts';
import type { OpenData } from '../../src/lib/contacts/open-data.ts';
import { builtFiles, DIST } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const contacts = await readContacts(root);
const files = builtFiles();
const text = (path: string) => readFileSync(join(DIST, path), 'utf8');
const digits = (value: string) => value.replace(/\D/g, '');

describe('unconfirmed numbers', () => {
  const unconfirmed = contacts.filter((contact) => !isPublished(contact));
  /** Each way an unconfirmed number could be written: as in the content, in E.164, and nationally. */
  const forms = new Map<string, string>();
  for (const contact of unconfirmed) {
    for (const phone of contact.phones) {
      forms.set(digits(phone.written), contact.id);
      if (phone.e164) {
        forms.set(digits(phone.e164), contact.id);
        forms.set(digits(phone.e164).slice(getCountryCallingCode(contact.country).length), contact.id);
      }
    }
  }

  it('are in the content, for the audit', () => {
    expect(forms.size).toBeGreaterThan(0);
  });

  it('appear nowhere in dist/: no page, vCard or data file', () => {
    const found: string[] = [];
    for (const file of files.filter((each) => /\.(html|json|vcf|xml|txt)$/.test(each.path))) {
      for (const [token] of text(file.path).matchAll(/\+?\d[\d\s\-/().]*\d/g)) {
        const contact = forms.get(digits(token));
        if (contact) found.push(`${file.path}: "${token}" is unconfirmed (${contact})`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('/api/contacts.json', () => {
  const data = JSON.parse(text('api/contacts.json')) as OpenData;

  it('lists every published contact and only those', () => {
    expect(data.version).toBe(2);
    expect(data.contacts.map((contact) => contact.id).sort()).toEqual(
      contacts
        .filter(isPublished)
        .map((contact) => contact.id)
        .sort(),
    );
  });

  it('gives each contact its status, what it rests on, sources, calls and dialable numbers', () => {
    for (const contact of data.contacts) {
      expect(['confirmed', 'single-source'], contact.id).toContain(contact.status);
      expect(['call', 'official', 'secondary'], contact.id).toContain(contact.basis);
      expect(contact.sources.length, contact.id).toBeGreaterThan(0);
      expect(Array.isArray(contact.calls), contact.id).toBe(true);
      for (const source of contact.sources) expect(Array.isArray(source.states), contact.id).toBe(true);
      expect(contact.page, contact.id).toMatch(/^\/(hotlines|abroad\/[a-z]{2})$/);
      for (const phone of contact.phones) {
        expect(['confirmed', 'single-source'], contact.id).toContain(phone.verification.status);
        if (phone.line === 'fax') expect(phone.href, `${contact.id}: a fax is never a link`).toBeUndefined();
        else expect(phone.href, contact.id).toMatch(/^(tel|sms):\+?\d+$|^https:\/\/wa\.me\/\d+$/);
      }
    }
  });
});

describe('vCards', () => {
  const vcards = files.filter((file) => file.path.endsWith('.vcf'));

  it('exist for every destination and published contact with a number, in both languages', () => {
    const destinations = files.filter((file) => /^abroad\/[a-z]{2}\.html$/.test(file.path)).length;
    const callable = contacts.filter((contact) => isPublished(contact) && contact.phones.length > 0).length;
    expect(destinations).toBeGreaterThanOrEqual(15);
    expect(vcards.length).toBe(2 * (destinations + callable));
  });

  it.each(vcards.map((file) => [file.path]))('%s parses as a vCard 4.0 whose numbers are tel: URIs', (path) => {
    const vcard = new ICAL.Component(ICAL.parse(text(path)));
    expect(vcard.name).toBe('vcard');
    expect(vcard.getFirstPropertyValue('version')).toBe('4.0');
    expect(String(vcard.getFirstPropertyValue('fn'))).not.toBe('');
    const tels = vcard.getAllProperties('tel').map((property) => String(property.getFirstValue()));
    expect(tels.length).toBeGreaterThan(0);
    for (const tel of tels) expect(tel).toMatch(/^tel:\+?\d+$/);
  });
});

describe('help cards', () => {
  const cards = files.filter((file) => /^(en\/)?abroad\/[a-z]{2}\.html$/.test(file.path));

  it.each(cards.map((file) => [file.path, file.html!]))(
    "%s folds every contact's sources away, and dates only what was done",
    (_, html) => {
      const articles = parse(html).querySelectorAll('article[aria-labelledby^="contact-"]');
      expect(articles.length).toBeGreaterThan(1);
      for (const article of articles) {
        const sources = article.querySelector('details');
        expect(sources?.querySelector('summary')?.text).toMatch(/^(Эх сурвалж|Sources)$/);
        expect(sources?.querySelectorAll('li').length).toBeGreaterThan(0);
        // No "checked" date: a date on a card says when a source was read or a number called.
        expect(article.text).not.toMatch(/Checked|Шалгасан/);
      }
    },
  );
});
