import { describe, expect, it } from 'vitest';
import type { PrintRun } from '../../schemas/print-run.ts';
import type { Contact } from '../contacts/contacts.ts';
import { resolvePhone } from '../contacts/phone.ts';
import { changesFor, describeChange, printedChanges } from './printed-changes.ts';
import { appendRun } from './print-runs.ts';

/** Only what the comparison reads; the rest of a contact does not matter here. */
function contact(id: string, numbers: string[], published = true): Contact {
  return {
    id,
    country: 'KR',
    name: { mn: id, en: id },
    phones: numbers.map((number) => resolvePhone({ number }, 'KR')),
    sources: [],
    published,
  } as unknown as Contact;
}

const line = (id: string, number: string) => ({ contact: id, label: { mn: id, en: id }, number });
/** A fixture batch: an insert for Korea that printed the police, the embassy and a help line. */
const runs: PrintRun[] = appendRun([], {
  version: 1,
  edition: 'Passport inserts, first edition',
  date: '2026-12-01',
  origin: 'https://help.example.org',
  cards: [
    {
      kind: 'insert',
      code: 'kr',
      qr: 'HTTPS://HELP.EXAMPLE.ORG/GO/KR',
      link: 'help.example.org/go/kr',
      lines: [line('kr/police', '112'), line('kr/embassy', '+82 2 798 3464'), line('kr/helpline', '+82 2 111 2222')],
      texts: { mn: [], en: [] },
    },
  ],
});
const keeps = (each: Contact) => (each as unknown as { published: boolean }).published;

describe('printedChanges', () => {
  it('finds nothing while every printed number is still the contact’s, however it is spaced', () => {
    const byId = new Map([
      ['kr/police', contact('kr/police', ['112'])],
      ['kr/embassy', contact('kr/embassy', ['02-798-3464'])],
      ['kr/helpline', contact('kr/helpline', ['02-111-2222'])],
    ]);
    expect(printedChanges(runs, byId, keeps)).toEqual([]);
  });

  it('names the run, the card, the old number and the new one when a number changes', () => {
    const byId = new Map([
      ['kr/police', contact('kr/police', ['112'])],
      ['kr/embassy', contact('kr/embassy', ['02-798-9999'])],
      ['kr/helpline', contact('kr/helpline', ['02-111-2222'])],
    ]);
    const changes = printedChanges(runs, byId, keeps);
    expect(changes).toEqual([
      {
        edition: 'Passport inserts, first edition',
        date: '2026-12-01',
        code: 'kr',
        contact: 'kr/embassy',
        label: { mn: 'kr/embassy', en: 'kr/embassy' },
        printed: '+82 2 798 3464',
        now: '+82 2 798 9999',
        nowHref: 'tel:+8227989999',
      },
    ]);
    expect(describeChange(changes[0]!)).toBe(
      '"Passport inserts, first edition" (2026-12-01), card /go/kr: kr/embassy +82 2 798 3464 (kr/embassy) is now +82 2 798 9999; the pages this card leads to say so',
    );
  });

  it('reports a number whose contact lost its standing or is gone, with nothing to call instead', () => {
    const byId = new Map([
      ['kr/police', contact('kr/police', ['112'])],
      ['kr/embassy', contact('kr/embassy', ['02-798-3464'], false)],
    ]);
    expect(printedChanges(runs, byId, keeps).map((change) => [change.contact, change.now])).toEqual([
      ['kr/embassy', undefined],
      ['kr/helpline', undefined],
    ]);
  });
});

describe('changesFor', () => {
  it('keeps the changes of the given cards, one per old number', () => {
    const byId = new Map([['kr/police', contact('kr/police', ['119'])]]);
    const changes = printedChanges([...runs, ...runs], byId, keeps);
    expect(changes).toHaveLength(6);
    expect(changesFor(changes, ['kr']).map((change) => change.printed)).toEqual([
      '112',
      '+82 2 798 3464',
      '+82 2 111 2222',
    ]);
    expect(changesFor(changes, ['jp'])).toEqual([]);
  });
});
