/**
 * Contacts for unit tests, built the way the content schema builds them, so
 * tests state only what they are about.
 */
import type { Contact, ContactPhone } from './contacts.ts';
import { resolvePhone, type CountryCode, type PhoneInput } from './phone.ts';
import type { Source, Verification } from './verification.ts';

/** A source that states `numbers`; official unless told otherwise. */
export function fixtureSource(numbers: string[], fields: Partial<Source> = {}): Source {
  return { url: 'https://example.org', date: 'undated', official: true, states: numbers, ...fields };
}

/** A number of `country`, supported by one official source unless `verification` says otherwise. */
export function fixturePhone(
  input: PhoneInput & Partial<Pick<ContactPhone, 'label'>>,
  country: CountryCode,
  verification: Partial<Verification> = {},
): ContactPhone {
  const { label, ...phoneInput } = input;
  return {
    ...resolvePhone(phoneInput, country),
    ...(label && { label }),
    verification: {
      status: 'confirmed',
      basis: 'official',
      independent: 1,
      sources: [fixtureSource([input.number])],
      calls: [],
      ...verification,
    },
  };
}

/** A published, officially confirmed contact with the given fields. */
export function fixtureContact(fields: Partial<Contact> & Pick<Contact, 'id'>): Contact {
  return {
    country: 'MN',
    name: { mn: fields.id, en: fields.id },
    phones: [],
    sources: [fixtureSource([])],
    calls: [],
    status: 'confirmed',
    basis: 'official',
    ...fields,
  };
}
