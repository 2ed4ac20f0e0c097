import { describe, expect, it } from 'vitest';
import {
  independentSources,
  lastVerified,
  verifyNumber,
  verifySources,
  type Call,
  type Source,
} from './verification.ts';

const is = (number: string) => (written: string) => written.replace(/\D/g, '') === number.replace(/\D/g, '');
const source = (states: string[], fields: Partial<Source> = {}): Source => ({
  title: { mn: 'эх', en: 'source' },
  date: 'undated',
  states,
  ...fields,
});
const call = (number: string, outcome: Call['outcome'], date = '2026-11-30'): Call => ({ date, number, outcome });

describe('verifyNumber', () => {
  it('confirms a number an official source states', () => {
    const verification = verifyNumber(is('102'), [source(['102'], { official: true })], []);
    expect(verification).toMatchObject({ status: 'confirmed', basis: 'official', independent: 1 });
  });

  it('confirms a number an editor called and found answered, whatever the sources', () => {
    const verification = verifyNumber(is('02-798-3464'), [source(['02-798-3464'])], [call('02-798-3464', 'answered')]);
    expect(verification).toMatchObject({ status: 'confirmed', basis: 'call' });
  });

  it('leaves numbers that only unofficial sources state single-source, however many there are', () => {
    const sources = [source(['1577-1366']), source(['1577-1366']), source(['1577-1366'])];
    expect(verifyNumber(is('1577-1366'), sources, [])).toMatchObject({
      status: 'single-source',
      basis: 'secondary',
      independent: 3,
    });
  });

  it('gives a changed number none of the support of the old one', () => {
    const sources = [source(['02-798-3464'], { official: true })];
    const calls = [call('02-798-3464', 'answered')];
    expect(verifyNumber(is('02-798-3465'), sources, calls)).toMatchObject({
      status: 'unconfirmed',
      basis: 'none',
      sources: [],
      calls: [],
    });
  });

  it('withdraws a number whose latest call failed, and restores it after a later answered call', () => {
    const sources = [source(['111'], { official: true })];
    expect(verifyNumber(is('111'), sources, [call('111', 'not-in-service')]).status).toBe('unconfirmed');
    expect(verifyNumber(is('111'), sources, [call('111', 'fax')]).status).toBe('unconfirmed');
    const later = [call('111', 'not-in-service', '2026-10-01'), call('111', 'answered', '2026-11-01')];
    expect(verifyNumber(is('111'), sources, later)).toMatchObject({ status: 'confirmed', basis: 'call' });
  });

  it('does not count an unanswered call for or against a number', () => {
    expect(verifyNumber(is('111'), [source(['111'])], [call('111', 'no-answer')]).status).toBe('single-source');
  });
});

describe('independentSources', () => {
  it('counts copies of one list once', () => {
    const copies = [source([], { list: 'embassy-list' }), source([], { list: 'embassy-list' }), source([])];
    expect(independentSources(copies)).toBe(2);
    expect(independentSources([source([], { list: 'a' }), source([], { list: 'b' })])).toBe(2);
  });
});

describe('verifySources and lastVerified', () => {
  it('rates a contact without numbers by its sources', () => {
    expect(verifySources([source([], { official: true })])).toEqual({ status: 'confirmed', basis: 'official' });
    expect(verifySources([source([])])).toEqual({ status: 'single-source', basis: 'secondary' });
  });

  it('dates verification only by sources read and calls made', () => {
    expect(lastVerified([source([], { date: '2026-01-01' })], [])).toBeUndefined();
    expect(lastVerified([source([], { read: '2026-12-02' })], [call('1', 'no-answer', '2026-11-01')])).toBe(
      '2026-12-02',
    );
  });
});
