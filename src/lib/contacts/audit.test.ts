import { describe, expect, it } from 'vitest';
import { ageGroup, auditRows, auditSummary, auditTable } from './audit.ts';
import { fixtureContact, fixtureSource } from './contact-fixtures.ts';

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
        'Newest source: under 2 years 1, 2–5 years 1, over 5 years 1, undated 1',
    );
  });

  it('prints one aligned line per contact under a header', () => {
    const lines = auditTable(rows).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^status\s+basis\s+source\s+age\s+last read\s+id\s+name$/);
    expect(lines[2]).toMatch(/^single-source \(not shown\)\s+secondary\s+2012\s+14y\s+never\s+old-line\s+old-line$/);
    expect(new Set(lines.map((line) => line.indexOf(line.split(/\s{2,}/)[1]!))).size).toBe(1);
  });
});
