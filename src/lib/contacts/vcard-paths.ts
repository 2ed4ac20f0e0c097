/**
 * Where vCards live: `/vcard/<country>/<id>.vcf` for one contact and
 * `/abroad/<country>.vcf` for every number of a destination, in each language.
 */
import type { Contact } from './contacts.ts';
import { type Locale, localePath } from '../locales.ts';
import { SITE_MAP, sectionPath } from '../site-map.ts';

/** `police` → `mn/police`; `kr/embassy-seoul` stays. Hotline ids carry no country, vCard paths always do. */
export function contactPathId(contact: Pick<Contact, 'id' | 'country'>): string {
  return contact.id.includes('/') ? contact.id : `${contact.country.toLowerCase()}/${contact.id}`;
}

export function vcardPath(locale: Locale, contact: Pick<Contact, 'id' | 'country'>): string {
  return `${localePath(locale, `vcard/${contactPathId(contact)}`)}.vcf`;
}

export function destinationVcardPath(locale: Locale, slug: string): string {
  return `${localePath(locale, sectionPath(SITE_MAP.abroad, slug))}.vcf`;
}

/** The contact QR code of a destination, as a picture to download: `/abroad/kr-qr.svg`. */
export function destinationQrPath(locale: Locale, slug: string): string {
  return `${localePath(locale, sectionPath(SITE_MAP.abroad, slug))}-qr.svg`;
}
