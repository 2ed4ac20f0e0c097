import { describe, expect, it } from 'vitest';
import { fixturePhone, fixtureSource } from './contact-fixtures.ts';
import { verificationSummary } from './verification-summary.ts';

const official = fixturePhone({ number: '112' }, 'KR');
const secondary = fixturePhone({ number: '02-798-3464' }, 'KR', {
  status: 'single-source',
  basis: 'secondary',
  independent: 2,
  sources: [fixtureSource(['02-798-3464'], { official: false }), fixtureSource(['02-798-3464'], { official: false })],
});
const called = fixturePhone({ number: '1345' }, 'KR', {
  basis: 'call',
  calls: [{ date: '2026-11-30', number: '1345', outcome: 'answered' }],
});

describe('verificationSummary', () => {
  it('speaks for the least supported number on the card', () => {
    expect(verificationSummary([official, secondary])).toEqual({ basis: 'secondary', independent: 2 });
    expect(verificationSummary([official])).toMatchObject({ basis: 'official' });
  });

  it('dates a call-based confirmation by the call', () => {
    expect(verificationSummary([called])).toEqual({ basis: 'call', calledOn: '2026-11-30', independent: 1 });
    expect(verificationSummary([called, official])?.basis).toBe('official');
  });

  it('says nothing when there is no number', () => {
    expect(verificationSummary([])).toBeUndefined();
  });
});
