import { describe, expect, it } from 'vitest';
import { fixtureContact } from './contact-fixtures.ts';
import { type LeadLineIds, resolveLeadLines } from './lead-lines.ts';

const police = fixtureContact({ id: 'police' });
const ambulance = fixtureContact({ id: 'ambulance' });
const ids = (fields: Partial<LeadLineIds>): LeadLineIds => ({
  strip: ['police'],
  keyLines: ['police'],
  emergency: ['police'],
  check: ['police'],
  nationalEmergency: ['police'],
  ...fields,
});

describe('resolveLeadLines', () => {
  it('gives each list its hotlines in the order written', () => {
    const { lines, problems } = resolveLeadLines(ids({ keyLines: ['ambulance', 'police'] }), [police, ambulance]);
    expect(problems).toEqual([]);
    expect(lines.keyLines).toEqual([ambulance, police]);
    expect(lines.strip).toEqual([police]);
  });

  it('names the file and the entry of an id no hotline file has, as after a renamed file', () => {
    const { problems } = resolveLeadLines(ids({ strip: ['police', 'gia-info-line'] }), [police]);
    expect(problems).toEqual([
      'content/lead-lines.yaml: strip[1]: "gia-info-line" is not a Mongolia-wide line: there is no content/hotlines/gia-info-line.yaml; if the file was renamed, write its new name here',
    ]);
  });

  it('refuses a line listed twice in one list', () => {
    const { problems } = resolveLeadLines(ids({ check: ['police', 'police'] }), [police]);
    expect(problems).toEqual(['content/lead-lines.yaml: check[1]: "police" is listed twice']);
  });
});
