import { describe, expect, it } from 'vitest';
import {
  ageGroup,
  auditRows,
  EDITOR_LANGUAGES,
  auditSummary,
  auditTable,
  NEXT_STEP_WORDS,
  NEXT_STEPS,
  nextStepText,
} from './audit.ts';
import { fixtureContact, fixturePhone, fixtureSource } from './contact-fixtures.ts';
import type { Contact } from './contacts.ts';
import type { Call } from './verification.ts';

const today = '2026-11-22';
const contacts = [
  fixtureContact({
    id: 'police',
    sources: [fixtureSource(['102'], { date: '2022-05-14' }), fixtureSource(['102'], { date: '2024-03-01' })],
  }),
  fixtureContact({
    id: 'helpline',
    basis: 'call',
    sources: [fixtureSource(['108'], { date: '2026-01-14' })],
    calls: [{ date: '2026-11-20', number: '108', outcome: 'answered' }],
  }),
  fixtureContact({
    id: 'old-line',
    status: 'single-source',
    basis: 'secondary',
    withheld: { mn: 'хаагдсан', en: 'closed' },
    sources: [fixtureSource(['1903'], { date: '2012', official: false })],
  }),
  fixtureContact({
    id: 'embassy',
    status: 'single-source',
    basis: 'secondary',
    sources: [fixtureSource([], { url: undefined, title: { mn: 'x', en: 'x' }, official: false, read: '2026-11-01' })],
  }),
];

describe('auditRows', () => {
  const rows = auditRows(contacts, today);

  it('lists the weakest first: by status, then by what it rests on, then the oldest source, undated first', () => {
    expect(rows.map((row) => row.id)).toEqual(['embassy', 'old-line', 'police', 'helpline']);
  });

  it('ages a contact by its newest source, counting partial dates from their first day', () => {
    expect(rows.find((row) => row.id === 'police')).toMatchObject({ newestSource: '2024-03-01', sourceAgeYears: 2 });
    expect(rows.find((row) => row.id === 'old-line')).toMatchObject({ newestSource: '2012', sourceAgeYears: 14 });
    expect(rows.find((row) => row.id === 'embassy')?.sourceAgeYears).toBeUndefined();
  });

  it('dates the last verification by a source read or a call made, never by anything else', () => {
    expect(rows.find((row) => row.id === 'embassy')?.lastVerified).toBe('2026-11-01');
    expect(rows.find((row) => row.id === 'helpline')?.lastVerified).toBe('2026-11-20');
    expect(rows.find((row) => row.id === 'police')?.lastVerified).toBeUndefined();
  });
});

describe('ageGroup', () => {
  it('groups by whole years', () => {
    expect(ageGroup({ sourceAgeYears: 0 })).toBe('under 2 years');
    expect(ageGroup({ sourceAgeYears: 2 })).toBe('2–5 years');
    expect(ageGroup({ sourceAgeYears: 5 })).toBe('2–5 years');
    expect(ageGroup({ sourceAgeYears: 6 })).toBe('over 5 years');
    expect(ageGroup({})).toBe('undated');
  });
});

describe('auditSummary and auditTable', () => {
  const rows = auditRows(contacts, today);

  it('counts by status, by what published contacts rest on, and by source age', () => {
    expect(auditSummary(rows)).toBe(
      'Contacts: 4 (3 published) — confirmed 2, single-source 2, unconfirmed 0\n' +
        'Published contacts rest on: a test call 1, an official source 1, secondary sources only 1\n' +
        'Newest source: under 2 years 1, 2–5 years 1, over 5 years 1, undated 1\n' +
        'Test calls: 0 numbers off the site after a failed call, 0 with no answer twice in a row',
    );
  });

  it('prints one aligned line per contact under a header', () => {
    const lines = auditTable(rows).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^status\s+basis\s+source\s+age\s+last read\s+id\s+name\s+next$/);
    expect(lines[2]).toMatch(
      /^single-source \(not shown\)\s+secondary\s+2012\s+14y\s+never\s+old-line\s+old-line\s+Kept off the site\. Check whether the line works again\.$/,
    );
    expect(new Set(lines.map((line) => line.indexOf(line.split(/\s{2,}/)[1]!))).size).toBe(1);
  });
});

describe('the next step', () => {
  const call = (date: string, outcome: Call['outcome'], number: string): Call => ({ date, number, outcome });
  const unofficial = (numbers: string[]) => [fixtureSource(numbers, { official: false, date: '2025-01-01' })];
  const rowOf = (contact: Contact, emergency = new Set<string>()) => auditRows([contact], today, emergency)[0]!;

  it('after a failed call: find the current number, naming the one taken off and why', () => {
    const row = rowOf(
      fixtureContact({
        id: 'kr/danuri',
        country: 'KR',
        phones: [fixturePhone({ number: '1577-1366' }, 'KR')],
        withdrawn: [{ number: '1577-5432', call: call('2026-11-20', 'not-in-service', '1577-5432') }],
      }),
    );
    expect(row).toMatchObject({
      withdrawn: [{ number: '1577-5432', outcome: 'not-in-service', date: '2026-11-20' }],
      lastVerified: '2026-11-20',
      next: 'find-new-number',
    });
    expect(nextStepText(row, 'en')).toBe(
      "A test call to 1577-5432 failed, so it is off the site. Find the line's current number in an official source, or call again and record the result.",
    );
    expect(nextStepText(row, 'mn')).toMatch(/^1577-5432 дугаарт залгахад ажиллаагүй/);
  });

  it('no answer twice in a row: call at another time, naming the number', () => {
    const silent = fixturePhone({ number: '7011 2345' }, 'MN', {
      status: 'single-source',
      basis: 'secondary',
      calls: [call('2026-11-21', 'no-answer', '7011 2345'), call('2026-11-14', 'no-answer', '7011 2345')],
    });
    const row = rowOf(
      fixtureContact({ id: 'helpline', status: 'single-source', basis: 'secondary', phones: [silent] }),
    );
    expect(row).toMatchObject({ unanswered: ['7011 2345'], next: 'call-at-another-time', nextNumbers: ['7011 2345'] });
  });

  it('an emergency number resting on unofficial sources: find an official one, never a test call', () => {
    const police = fixtureContact({
      id: 'kr/police',
      country: 'KR',
      status: 'single-source',
      basis: 'secondary',
      phones: [fixturePhone({ number: '112' }, 'KR', { basis: 'secondary', status: 'single-source' })],
      sources: unofficial(['112']),
    });
    expect(rowOf(police, new Set(['kr/police'])).next).toBe('find-official');
    expect(rowOf(police).next).toBe('call');
  });

  it('unofficial sources and nothing to call: find an official source for its details', () => {
    const consulate = fixtureContact({ id: 'kr/consulate-busan', status: 'single-source', basis: 'secondary' });
    expect(rowOf(consulate).next).toBe('confirm-details');
  });

  it('an old official source not read for a year: read it again; a call answered over a year ago: call again', () => {
    const official = fixtureContact({
      id: 'police',
      phones: [fixturePhone({ number: '102' }, 'MN')],
      sources: [fixtureSource(['102'], { date: '2022-05-14' })],
    });
    expect(rowOf(official).next).toBe('reread');
    const reread = { ...official, sources: [fixtureSource(['102'], { date: '2022-05-14', read: '2026-06-01' })] };
    expect(rowOf(reread).next).toBe('none');
    const called = fixtureContact({
      id: 'helpline',
      basis: 'call',
      phones: [fixturePhone({ number: '108' }, 'MN')],
      calls: [call('2025-10-01', 'answered', '108')],
      sources: [fixtureSource(['108'], { date: '2025-01-01', official: false })],
    });
    expect(rowOf(called).next).toBe('call-again');
    expect(rowOf({ ...called, calls: [call('2026-10-01', 'answered', '108')] }).next).toBe('none');
  });

  it('has words in every language for every step', () => {
    for (const step of NEXT_STEPS) {
      for (const language of EDITOR_LANGUAGES) expect(NEXT_STEP_WORDS[step][language]).toMatch(/\S/);
    }
  });
});
