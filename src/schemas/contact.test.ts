import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/schema-errors.ts';
import { HotlineSchema } from './contact.ts';

const valid = {
  name: { mn: 'Цагдаа', en: 'Police' },
  purpose: { mn: 'Гэмт хэрэг мэдээлэх', en: 'Report a crime' },
  number: '102',
  source: { url: 'https://crc.gov.mn/list', date: new Date(Date.UTC(2022, 4, 14)) },
  checked: '2026-11-22',
  status: 'confirmed',
};

/** The messages an editor would see for `data`, as `file: field: reason` lines. */
function errors(data: unknown): string {
  const result = HotlineSchema().safeParse(data);
  return result.success ? '' : formatSchemaIssues('content/hotlines/x.yaml', result.error.issues);
}

describe('HotlineSchema', () => {
  it('accepts a complete hotline and normalises YAML dates to text', () => {
    const hotline = HotlineSchema().parse(valid);
    expect(hotline.source.date).toBe('2022-05-14');
    expect(hotline.checked).toBe('2026-11-22');
  });

  it('accepts partial and missing source dates', () => {
    expect(errors({ ...valid, source: { ...valid.source, date: '2022' } })).toBe('');
    expect(errors({ ...valid, source: { ...valid.source, date: 2022 } })).toBe('');
    expect(errors({ ...valid, source: { ...valid.source, date: 'undated' } })).toBe('');
  });

  it.each([
    [{ ...valid, number: 102 }, 'number: expected the number as text, in quotes'],
    [{ ...valid, number: '10 2' }, 'number: expected a short code of 3 or 4 digits'],
    [{ ...valid, name: { mn: 'Цагдаа' } }, 'name.en: is missing'],
    [{ ...valid, name: { mn: 'Цагдаа', en: ' ' } }, 'name.en: English text (en) is empty'],
    [{ ...valid, status: 'probably' }, 'status: expected one of: confirmed, single-source, unconfirmed'],
    [{ ...valid, checked: '2026-02-30' }, 'checked: "2026-02-30" is not a date written YYYY-MM-DD'],
    [{ ...valid, checked: undefined }, 'checked: is missing'],
    [{ ...valid, source: { url: 'crc.gov.mn', date: '2022' } }, 'source.url: expected a full http(s) URL'],
    [{ ...valid, source: { url: 'https://crc.gov.mn' } }, 'source.date: is missing'],
    [
      { ...valid, source: { ...valid.source, date: 'c. 2012' } },
      'source.date: "c. 2012" is not YYYY-MM-DD, YYYY-MM, YYYY or "undated"',
    ],
    [{ ...valid, free: 'yes' }, 'free: expected true or false'],
    [{ ...valid, hours: '24h' }, 'hours: '],
    [{ ...valid, phone: '102' }, 'unknown key "phone"'],
  ])('rejects %o with a message naming the field', (data, message) => {
    expect(errors(data)).toContain(`content/hotlines/x.yaml: ${message}`);
  });
});
