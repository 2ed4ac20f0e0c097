/**
 * The printed numbers that have changed since their run was printed, as the
 * pages of a card's short link read them, each reported on the build's output.
 * The register of runs and the contacts are given here instead of read from content/.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureContact, fixturePhone } from '../lib/contacts/contact-fixtures.ts';
import type { Contact } from '../lib/contacts/contacts.ts';

const given = vi.hoisted(() => ({ runs: [] as object[], contacts: new Map<string, Contact>() }));
vi.mock('astro:content', () => ({ getEntry: async () => ({ data: { runs: given.runs } }) }));
vi.mock('./contacts.ts', () => ({ contactData: async () => ({ byId: given.contacts }) }));
vi.mock('./short-links.ts', () => ({ shortLinks: async () => [] }));

/** The module afresh: it reads the register once. */
const changedPrintedNumbers = async () => {
  vi.resetModules();
  return (await import('./print-runs.ts')).changedPrintedNumbers();
};

/** A run of one passport insert that printed `number` for `contact`. */
const run = (contact: string, number: string) => ({
  version: 1,
  edition: 'Passport insert, first edition',
  date: '2026-11-23',
  origin: 'https://example.org',
  cards: [
    {
      kind: 'insert',
      code: 'kr',
      qr: 'https://example.org/go/kr',
      link: 'example.org/go/kr',
      lines: [{ contact, label: { mn: 'Яаралтай', en: 'Emergency' }, number }],
      texts: { mn: [], en: [] },
    },
  ],
  previous: '',
  hash: 'a'.repeat(64),
});

beforeEach(() => {
  given.runs.splice(0);
  given.contacts = new Map();
});

describe('changedPrintedNumbers', () => {
  it('is empty while every printed number is still the contact’s', async () => {
    given.contacts.set(
      'kr/embassy',
      fixtureContact({ id: 'kr/embassy', country: 'KR', phones: [fixturePhone({ number: '02-798-3464' }, 'KR')] }),
    );
    given.runs.push(run('kr/embassy', '+82 2 798 3464'));
    expect(await changedPrintedNumbers()).toEqual([]);
  });

  it('reports a number that changed, with its run and card, on the build’s output', async () => {
    given.contacts.set(
      'kr/embassy',
      fixtureContact({ id: 'kr/embassy', country: 'KR', phones: [fixturePhone({ number: '02-798-3465' }, 'KR')] }),
    );
    given.runs.push(run('kr/embassy', '02-798-3464'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const changes = await changedPrintedNumbers();
      expect(changes).toMatchObject([{ code: 'kr', contact: 'kr/embassy', printed: '02-798-3464' }]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(
        /^Printed number changed: "Passport insert, first edition" \(2026-11-23\), card \/go\/kr: Emergency 02-798-3464 \(kr\/embassy\) is now /,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('reports a number whose contact is no longer confirmed, since print takes only confirmed numbers', async () => {
    given.contacts.set(
      'kr/embassy',
      fixtureContact({
        id: 'kr/embassy',
        country: 'KR',
        status: 'single-source',
        phones: [fixturePhone({ number: '02-798-3464' }, 'KR')],
      }),
    );
    given.runs.push(run('kr/embassy', '02-798-3464'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await changedPrintedNumbers()).toMatchObject([{ contact: 'kr/embassy', printed: '02-798-3464' }]);
      expect(warn.mock.calls[0]![0]).toContain('no longer has a number fit to print');
    } finally {
      warn.mockRestore();
    }
  });
});
