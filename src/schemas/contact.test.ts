import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatSchemaIssues } from '../lib/content/schema-errors.ts';
import { HotlineSchema } from './contact.ts';

const valid = {
  name: { mn: 'Цагдаа', en: 'Police' },
  purpose: { mn: 'Гэмт хэрэг мэдээлэх', en: 'Report a crime' },
  phones: [{ number: '102' }],
  source: { url: 'https://crc.gov.mn/list', date: new Date(Date.UTC(2022, 4, 14)), official: true, states: ['102'] },
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
    const source = { url: 'https://crc.gov.mn/list', date: '2022-05-14', official: true, states: ['102'] };
    expect(hotline.sources).toEqual([source]);
    expect(hotline.country).toBe('MN');
    expect(hotline.phones).toEqual([
      {
        written: '102',
        kind: 'short-code',
        line: 'voice',
        international: '102',
        href: 'tel:102',
        reach: 'in-country',
        verification: { status: 'confirmed', basis: 'official', independent: 1, sources: [source], calls: [] },
      },
    ]);
    expect(hotline).toMatchObject({ status: 'confirmed', basis: 'official', calls: [] });
  });

  it('derives the status from what supports each number, never from a typed status', () => {
    const unofficial = { ...valid, source: { url: 'https://ubn.mn/p/1', date: '2024', states: ['102'] } };
    expect(HotlineSchema().parse(unofficial)).toMatchObject({ status: 'single-source', basis: 'secondary' });
    const called = { ...unofficial, calls: [{ date: '2026-11-30', number: '102', outcome: 'answered' }] };
    expect(HotlineSchema().parse(called)).toMatchObject({ status: 'confirmed', basis: 'call' });
    expect(errors({ ...valid, status: 'confirmed' })).toContain('unknown key "status"');
    expect(errors({ ...valid, checked: '2026-11-22' })).toContain('unknown key "checked"');
  });

  it('matches sources to numbers however they are written', () => {
    const hotline = HotlineSchema().parse({
      ...valid,
      phones: [{ number: '83042222' }],
      source: { url: 'https://ugluu.mn/1', date: '2020-12', states: ['+976 8304 2222'] },
    });
    expect(hotline.phones[0]!.verification.sources).toHaveLength(1);
  });

  it("refuses a number no source states, so an edited number cannot keep the old one's support", () => {
    expect(errors({ ...valid, phones: [{ number: '103' }] })).toContain(
      'phones[0].number: no source states "103": add it to the "states" of the source that gives it, or remove the number',
    );
  });

  it('leaves out a number whose latest test call failed, and asks for a fax to be marked', () => {
    const failed = { ...valid, calls: [{ date: '2026-11-30', number: '102', outcome: 'not-in-service' }] };
    expect(HotlineSchema().parse(failed).phones).toEqual([]);
    // The number and the call that took it off go to the editors' audit, never to a page; with nothing
    // else to reach it by, the contact leaves the site too.
    expect(HotlineSchema().parse(failed)).toMatchObject({
      status: 'unconfirmed',
      calls: [],
      withdrawn: [{ number: '102', call: { date: '2026-11-30', number: '102', outcome: 'not-in-service' } }],
    });
    const fax = { ...valid, calls: [{ date: '2026-11-30', number: '102', outcome: 'fax' }] };
    expect(errors(fax)).toContain('phones[0].line: a test call to "102" reached a fax: mark it "line: fax"');
  });

  it('takes a failed number off but keeps the others, with their calls; a newer answered call restores it', () => {
    const two = {
      ...valid,
      phones: [{ number: '102' }, { number: '7011 2345' }],
      source: { ...valid.source, states: ['102', '7011-2345'] },
    };
    const failed = {
      ...two,
      calls: [
        { date: '2026-11-30', number: '7011-2345', outcome: 'wrong-number' },
        { date: '2026-11-29', number: '102', outcome: 'answered' },
      ],
    };
    const parsed = HotlineSchema().parse(failed);
    expect(parsed.phones.map((phone) => phone.written)).toEqual(['102']);
    expect(parsed.calls.map((call) => call.number)).toEqual(['102']);
    expect(parsed.withdrawn).toEqual([{ number: '7011 2345', call: failed.calls[0] }]);
    const restored = HotlineSchema().parse({
      ...failed,
      calls: [...failed.calls, { date: '2026-12-01', number: '7011 2345', outcome: 'answered' }],
    });
    expect(restored.phones.map((phone) => phone.written)).toEqual(['102', '7011 2345']);
    expect(restored.withdrawn).toBeUndefined();
  });

  it('keeps a contact whose numbers all failed on the site while its web site or address still reaches it', () => {
    const failed = {
      ...valid,
      website: 'https://police.gov.mn',
      calls: [{ date: '2026-11-30', number: '102', outcome: 'not-in-service' }],
    };
    expect(HotlineSchema().parse(failed)).toMatchObject({ phones: [], status: 'confirmed', basis: 'official' });
  });

  it('refuses a call to a number the contact does not have', () => {
    const stray = { ...valid, calls: [{ date: '2026-11-30', number: '7011 2345', outcome: 'answered' }] };
    expect(errors(stray)).toContain(
      `calls[0].number: "7011 2345" is not one of this contact's numbers: record a call under the contact whose number was dialled`,
    );
  });

  it('refuses a number that a source gives as a fax unless it is marked as one', () => {
    const faxed = {
      ...valid,
      phones: [{ number: '102' }, { number: '7011 2345' }],
      source: [valid.source, { title: { mn: 'Жагсаалт', en: 'A list' }, date: 'undated', faxes: ['7011-2345'] }],
    };
    expect(errors(faxed)).toContain('phones[1].line: "7011 2345" is a fax according to A list: mark it "line: fax"');
    const marked = { ...faxed, phones: [{ number: '102' }, { number: '7011 2345', line: 'fax' }] };
    expect(errors(marked)).toBe('');
  });

  it('never links a fax', () => {
    const hotline = HotlineSchema().parse({
      ...valid,
      phones: [{ number: '102' }, { number: '7011 2345', line: 'fax' }],
      source: { ...valid.source, states: ['102', '7011 2345'] },
    });
    expect(hotline.phones[1]).toMatchObject({ line: 'fax' });
    expect(hotline.phones[1]!.href).toBeUndefined();
  });

  it('accepts several sources, partial dates and undated sources', () => {
    const sources = [
      { url: 'https://a.example', date: '2022', states: ['102'] },
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
    const hotline = HotlineSchema().parse({
      ...valid,
      phones: [{ number: '83042222' }],
      source: { ...valid.source, states: ['83042222'] },
    });
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
    [
      { ...valid, phones: [{ number: '102', line: 'telex' }] },
      'phones[0].line: expected one of: voice, sms, whatsapp, fax',
    ],
    [
      { ...valid, source: { ...valid.source, read: '2026-02-30' } },
      'source.read: "2026-02-30" is not a date written YYYY-MM-DD',
    ],
    [
      { ...valid, source: { ...valid.source, states: ['12'] } },
      'source[0].states[0]: "12" is neither a MN phone number nor a MN short code',
    ],
    [{ ...valid, source: { ...valid.source, list: 'Embassy List' } }, 'source.list: expected the id of a list'],
    [
      { ...valid, calls: [{ date: '2026-11-30', number: '102', outcome: 'ok' }] },
      'calls[0].outcome: expected one of: answered, no-answer, not-in-service, wrong-number, fax',
    ],
    [
      { ...valid, calls: [{ date: '30.11.2026', number: '102', outcome: 'answered' }] },
      'calls[0].date: "30.11.2026" is not a date written YYYY-MM-DD',
    ],
    [{ ...valid, open24h: 'yes' }, 'open24h: expected true or false'],
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
