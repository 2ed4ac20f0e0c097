import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/schema-errors.ts';
import { HotlineSchema } from './contact.ts';

const valid = {
  name: { mn: 'Цагдаа', en: 'Police' },
  purpose: { mn: 'Гэмт хэрэг мэдээлэх', en: 'Report a crime' },
  phones: [{ number: '102' }],
  source: { url: 'https://crc.gov.mn/list', date: new Date(Date.UTC(2022, 4, 14)) },
  checked: '2026-11-22',
  status: 'confirmed',
};

/** The messages an editor would see for `data`, as `file: field: reason` lines. */
export function schemaErrors(schema: z.ZodType, data: unknown, file = 'content/hotlines/x.yaml'): string {
  const result = schema.safeParse(data);
  return result.success ? '' : formatSchemaIssues(file, result.error.issues);
}
const errors = (data: unknown) => schemaErrors(HotlineSchema(), data);

describe('HotlineSchema', () => {
  it('accepts a complete hotline, resolves its numbers and normalises YAML dates to text', () => {
    const hotline = HotlineSchema().parse(valid);
    expect(hotline.sources).toEqual([{ url: 'https://crc.gov.mn/list', date: '2022-05-14' }]);
    expect(hotline.checked).toBe('2026-11-22');
    expect(hotline.country).toBe('MN');
    expect(hotline.phones).toEqual([
      { written: '102', kind: 'short-code', international: '102', href: 'tel:102', reach: 'in-country' },
    ]);
  });

  it('accepts several sources, partial dates and undated sources', () => {
    const sources = [
      { url: 'https://a.example', date: '2022' },
      { url: 'https://b.example', date: 2012 },
      { url: 'https://c.example', date: 'undated' },
    ];
    expect(errors({ ...valid, source: sources })).toBe('');
    expect(
      HotlineSchema()
        .parse({ ...valid, source: sources })
        .sources.map((s) => s.date),
    ).toEqual(['2022', '2012', 'undated']);
  });

  it('accepts a Mongolian number that can be called from abroad', () => {
    const hotline = HotlineSchema().parse({ ...valid, phones: [{ number: '83042222' }] });
    expect(hotline.phones[0]).toMatchObject({ e164: '+97683042222', reach: 'anywhere', href: 'tel:+97683042222' });
  });

  it.each([
    [{ ...valid, phones: [{ number: 102 }] }, 'phones[0].number: expected the number as text, in quotes'],
    [
      { ...valid, phones: [{ number: '10 2 3 4 5 6 7' }] },
      'phones[0].number: "10 2 3 4 5 6 7" is neither a valid MN phone number nor a MN short code',
    ],
    [
      { ...valid, phones: [{ number: '+82 2 798 3464' }] },
      'phones[0].number: "+82 2 798 3464" is a KR number, not a MN one',
    ],
    [{ ...valid, phones: [{ number: '102', kind: 'x' }] }, 'phones[0]: unknown key "kind"'],
    [{ ...valid, name: { mn: 'Цагдаа' } }, 'name.en: is missing'],
    [{ ...valid, name: { mn: 'Цагдаа', en: ' ' } }, 'name.en: English text (en) is empty'],
    [{ ...valid, status: 'probably' }, 'status: expected one of: confirmed, single-source, unconfirmed'],
    [{ ...valid, status: undefined }, 'status: is missing'],
    [{ ...valid, checked: '2026-02-30' }, 'checked: "2026-02-30" is not a date written YYYY-MM-DD'],
    [{ ...valid, checked: '22.11.2026' }, 'checked: "22.11.2026" is not a date written YYYY-MM-DD'],
    [{ ...valid, checked: undefined }, 'checked: is missing'],
    [{ ...valid, source: undefined }, 'source: is missing'],
    [{ ...valid, source: { url: 'https://crc.gov.mn' } }, 'source'],
    [{ ...valid, source: [] }, 'source'],
    [{ ...valid, email: 'not-an-address' }, 'email: expected an e-mail address'],
    [{ ...valid, website: 'http://example.org' }, 'website: expected an https URL'],
    [{ ...valid, free: 'yes' }, 'free: expected true or false'],
    [{ ...valid, hours: '24h' }, 'hours: '],
    [{ ...valid, phone: '102' }, 'unknown key "phone"'],
  ])('rejects %o with a message naming the field', (data, message) => {
    expect(errors(data)).toContain(`content/hotlines/x.yaml: ${message}`);
  });

  it('names a bad source date and a bad source URL', () => {
    expect(errors({ ...valid, source: { url: 'https://crc.gov.mn', date: 'c. 2012' } })).toContain(
      '"c. 2012" is not YYYY-MM-DD, YYYY-MM, YYYY or "undated"',
    );
    expect(errors({ ...valid, source: { url: 'crc.gov.mn', date: '2022' } })).toContain('expected a full http(s) URL');
  });
});
