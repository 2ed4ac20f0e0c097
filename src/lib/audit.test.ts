import { describe, expect, it } from 'vitest';
import { ageGroup, auditRows, auditSummary, auditTable } from './audit.ts';
import type { Contact, ContactStatus, Source } from './contacts.ts';

function contact(id: string, status: ContactStatus, sources: Source[], checked = '2026-11-22'): Contact {
  return { id, country: 'MN', name: { mn: id, en: id }, phones: [], sources, checked, status };
}

const today = '2026-11-22';
const contacts = [
  contact('police', 'confirmed', [
    { url: 'https://a.example', date: '2022-05-14' },
    { url: 'https://b.example', date: '2024-03-01' },
  ]),
  contact('helpline', 'confirmed', [{ url: 'https://a.example', date: '2026-01-14' }]),
  contact('old-line', 'unconfirmed', [{ url: 'https://a.example', date: '2012' }]),
  contact('embassy', 'single-source', [{ title: { mn: 'x', en: 'x' }, date: 'undated' }], '2025-11-22'),
];

describe('auditRows', () => {
  const rows = auditRows(contacts, today);

  it('lists the weakest status first, then the oldest source, undated first', () => {
    expect(rows.map((row) => row.id)).toEqual(['old-line', 'embassy', 'police', 'helpline']);
  });

  it('ages a contact by its newest source, counting partial dates from their first day', () => {
    expect(rows.find((row) => row.id === 'police')).toMatchObject({ newestSource: '2024-03-01', sourceAgeYears: 2 });
    expect(rows.find((row) => row.id === 'old-line')).toMatchObject({ newestSource: '2012', sourceAgeYears: 14 });
    expect(rows.find((row) => row.id === 'embassy')?.sourceAgeYears).toBeUndefined();
  });

  it('counts days since the last check', () => {
    expect(rows.find((row) => row.id === 'embassy')?.checkedDaysAgo).toBe(365);
    expect(rows.find((row) => row.id === 'police')?.checkedDaysAgo).toBe(0);
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

  it('counts by status and by source age', () => {
    expect(auditSummary(rows)).toBe(
      'Contacts: 4 (3 published) — confirmed 2, single-source 1, unconfirmed 1\n' +
        'Newest source: under 2 years 1, 2–5 years 1, over 5 years 1, undated 1',
    );
  });

  it('prints one aligned line per contact under a header', () => {
    const lines = auditTable(rows).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^status\s+source\s+age\s+checked\s+id\s+name$/);
    expect(lines[1]).toMatch(/^unconfirmed\s+2012\s+14y\s+2026-11-22\s+old-line\s+old-line$/);
    expect(new Set(lines.map((line) => line.indexOf(line.split(/\s{2,}/)[1]!))).size).toBe(1);
  });
});
