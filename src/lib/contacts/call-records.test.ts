import { describe, expect, it } from 'vitest';
import { emergencyCallProblems, emergencyContactIds, stoppedAnswering, unansweredNumbers } from './call-records.ts';
import { fixtureContact, fixturePhone } from './contact-fixtures.ts';
import type { Call } from './verification.ts';

const call = (date: string, outcome: Call['outcome'], number = '102'): Call => ({ date, number, outcome });
const police = fixtureContact({ id: 'police' });
const fire = fixtureContact({ id: 'fire' });
const helpline = fixtureContact({ id: 'helpline' });
const krPolice = fixtureContact({ id: 'kr/police', country: 'KR' });
const krEmbassy = fixtureContact({ id: 'kr/embassy-seoul', country: 'KR' });

describe('emergencyContactIds', () => {
  it('are every destination emergency number and the lines lead-lines.yaml names as emergency ones', () => {
    const ids = emergencyContactIds([{ emergency: [krPolice] }], { emergency: [police], nationalEmergency: [fire] });
    expect([...ids].sort()).toEqual(['fire', 'kr/police', 'police']);
  });
});

describe('emergencyCallProblems', () => {
  const emergency = new Set(['police', 'kr/police']);
  const located = (contact: ReturnType<typeof fixtureContact>, file: string, at = '') => ({ file, at, contact });

  it('refuses a test call recorded on an emergency number, naming the file and field', () => {
    const problems = emergencyCallProblems(
      [
        located({ ...police, calls: [call('2026-11-30', 'answered')] }, 'content/hotlines/police.yaml'),
        located({ ...krPolice, calls: [] }, 'content/countries/kr.yaml', 'emergency[0].'),
        located(
          { ...krPolice, withdrawn: [{ number: '112', call: call('2026-11-30', 'not-in-service', '112') }] },
          'content/countries/kr.yaml',
          'emergency[0].',
        ),
      ],
      emergency,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^content\/hotlines\/police\.yaml: calls: never test-call an emergency number/),
      expect.stringMatching(/^content\/countries\/kr\.yaml: emergency\[0\]\.calls: never test-call/),
    ]);
  });

  it('takes calls on every other line', () => {
    const calls = [call('2026-11-30', 'answered')];
    expect(
      emergencyCallProblems(
        [
          located({ ...helpline, calls }, 'content/hotlines/helpline.yaml'),
          located({ ...krEmbassy, calls }, 'content/countries/kr.yaml', 'missions[0].'),
        ],
        emergency,
      ),
    ).toEqual([]);
  });
});

describe('stoppedAnswering', () => {
  const phone = (...calls: Call[]) => fixturePhone({ number: '7011 2345' }, 'MN', { calls });

  it('flags a number whose two latest calls went unanswered', () => {
    expect(stoppedAnswering(phone(call('2026-11-30', 'no-answer'), call('2026-11-20', 'no-answer')))).toBe(true);
  });

  it('does not flag one unanswered call, or two with an answer between', () => {
    expect(stoppedAnswering(phone(call('2026-11-30', 'no-answer')))).toBe(false);
    expect(
      stoppedAnswering(
        phone(call('2026-11-30', 'no-answer'), call('2026-11-25', 'answered'), call('2026-11-20', 'no-answer')),
      ),
    ).toBe(false);
    expect(stoppedAnswering(phone(call('2026-11-30', 'answered'), call('2026-11-20', 'no-answer')))).toBe(false);
  });

  it('names the numbers of a contact that stopped answering', () => {
    const silent = fixturePhone({ number: '7011 2345' }, 'MN', {
      calls: [call('2026-11-30', 'no-answer'), call('2026-11-20', 'no-answer')],
    });
    const fine = fixturePhone({ number: '102' }, 'MN');
    expect(unansweredNumbers({ phones: [fine, silent] })).toEqual(['7011 2345']);
  });
});
