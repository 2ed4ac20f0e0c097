import { describe, expect, it } from 'vitest';
import { mayPrint, type PrintableContact, type PrintablePhone, printRuleMessages } from './print-rule.ts';

const official = { official: true };
const secondary = {};
const phone = (overrides: Partial<PrintablePhone> = {}): PrintablePhone => ({
  written: '02-798-3464',
  line: 'voice',
  verification: { status: 'confirmed', basis: 'official', sources: [official] },
  ...overrides,
});
const line = { emergency: false };

describe('the print rule', () => {
  const open: PrintableContact = { id: 'kr/embassy-seoul', open24h: true };

  it('prints a voice line confirmed by an official source, answered around the clock', () => {
    expect(mayPrint(open, 0, line, phone())).toBe(true);
  });

  it('prints a line confirmed by an answered test call', () => {
    expect(
      mayPrint(open, 0, line, phone({ verification: { status: 'confirmed', basis: 'call', sources: [secondary] } })),
    ).toBe(true);
  });

  it('prints a line that keeps hours when the hours are printed beside it', () => {
    expect(mayPrint({ id: 'gia-info-line', hours: { mn: '09–18', en: '9–18' } }, 0, line, phone())).toBe(true);
  });

  it('refuses a fax, an SMS line and a WhatsApp line', () => {
    for (const kind of ['fax', 'sms', 'whatsapp'] as const)
      expect(mayPrint(open, 0, line, phone({ line: kind }))).toBe(false);
  });

  it('refuses a line confirmed only by secondary sources, however many', () => {
    const verification = { status: 'confirmed' as const, basis: 'secondary' as const, sources: [secondary, secondary] };
    expect(mayPrint(open, 0, line, phone({ verification }))).toBe(false);
  });

  it('refuses a single-source line and one with no derived verification', () => {
    const verification = { status: 'single-source' as const, basis: 'secondary' as const, sources: [secondary] };
    expect(mayPrint(open, 0, line, phone({ verification }))).toBe(false);
    expect(mayPrint(open, 0, line, phone({ verification: undefined }))).toBe(false);
  });

  it('refuses a national emergency number known only from a call, without a government source', () => {
    const verification = { status: 'confirmed' as const, basis: 'call' as const, sources: [secondary] };
    expect(mayPrint(open, 0, { emergency: true }, phone({ verification }))).toBe(false);
    expect(mayPrint(open, 0, { emergency: true }, phone())).toBe(true);
  });

  it('names the file, the field and why, for the Foreign Ministry line as published in 2020', () => {
    const mfa = {
      id: 'mfa-consular',
      phones: [
        phone({
          written: '8304 2222',
          verification: { status: 'single-source', basis: 'secondary', sources: [secondary] },
        }),
      ],
    };
    expect(printRuleMessages(mfa, 0, line)).toEqual([
      'content/hotlines/mfa-consular.yaml: phones[0]: is single-source (basis: secondary); print needs an official source stating it or an answered test call (8304 2222)',
      'content/hotlines/mfa-consular.yaml: open24h: no source says it answers around the clock, and no hours are given to print beside it (8304 2222)',
    ]);
  });

  it('names a destination’s contact by its id inside the country file', () => {
    const police = { id: 'kr/police', open24h: true, phones: [phone({ written: '112', verification: undefined })] };
    expect(printRuleMessages(police, 0, { emergency: true })).toEqual([
      'content/countries/kr.yaml: police.phones[0]: has no derived verification; print needs an official source or an answered test call (112)',
      'content/countries/kr.yaml: police.phones[0]: is a national emergency number with no government source stating it; a phone makers’ emergency-number list is not enough for print (112)',
    ]);
  });
});
