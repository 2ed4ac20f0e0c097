import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { scalar, writeYaml, type YamlValue } from './yaml-writer.ts';

const LANGUAGES = ['mn', 'en'];
const prettier = (text: string) => format(text, { parser: 'yaml', printWidth: 120, singleQuote: true });

describe('writeYaml', () => {
  it('writes texts in every language and lists of values in flow style, everything else in blocks', () => {
    const text = writeYaml(
      {
        name: { mn: 'Цагдаа', en: 'Police' },
        phones: [{ number: '102', fromAbroad: false }],
        source: [{ url: 'https://example.org', date: '2024-03-01', states: ['102'] }],
        address: { local: 'Улаанбаатар' },
      },
      LANGUAGES,
    );
    expect(text).toBe(
      [
        'name: { mn: Цагдаа, en: Police }',
        'phones:',
        "  - number: '102'",
        '    fromAbroad: false',
        'source:',
        '  - url: https://example.org',
        "    date: '2024-03-01'",
        "    states: ['102']",
        'address:',
        '  local: Улаанбаатар',
        '',
      ].join('\n'),
    );
  });

  it('moves a long flow mapping to its own line, and breaks it one entry a line when that is too long, as Prettier does', async () => {
    const long = 'word '.repeat(14).trim();
    const cases: Record<string, YamlValue>[] = [
      { purpose: { mn: long, en: long } },
      { purpose: { mn: `${long} ${long}`, en: long } },
      { list: [{ title: { mn: long, en: 'short' } }] },
    ];
    for (const data of cases) {
      const text = writeYaml(data, LANGUAGES);
      expect(await prettier(text)).toBe(text);
    }
  });

  it('quotes what YAML would read as something else, phone numbers, and flow text with commas or colons', () => {
    for (const text of [
      '2024-03-19',
      'yes',
      'on',
      '1e3',
      '0x1f',
      'null',
      '~',
      '102',
      '+7 495 690-67-92',
      '- dash',
      '#tag',
    ]) {
      expect(scalar(text, false), text).toMatch(/^'.*'$/);
    }
    expect(writeYaml({ hours: { mn: 'Өдөр бүр 7:30–21:00', en: 'a, b' } }, LANGUAGES)).toBe(
      "hours: { mn: 'Өдөр бүр 7:30–21:00', en: 'a, b' }\n",
    );
    expect(writeYaml({ label: { en: "The police's line, main" } }, ['en'])).toBe(
      `label: { en: "The police's line, main" }\n`,
    );
    expect(writeYaml({ date: 'undated', plain: 'Report a crime: call' }, [])).toBe(
      "date: undated\nplain: 'Report a crime: call'\n",
    );
  });
});
