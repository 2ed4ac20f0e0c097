import { describe, expect, it } from 'vitest';
import { fieldName, formatSchemaIssues } from './schema-errors.ts';

describe('fieldName', () => {
  it('writes nested keys with dots and array positions in brackets', () => {
    expect(fieldName(['home', 'title'])).toBe('home.title');
    expect(fieldName(['phones', 2, 'number'])).toBe('phones[2].number');
    expect(fieldName([])).toBe('');
  });
});

describe('formatSchemaIssues', () => {
  it('names the file, the field and the reason on each line', () => {
    const message = formatSchemaIssues('content/hotlines/police.yaml', [
      { path: ['number'], message: 'expected a short code of 3 or 4 digits', code: 'invalid_format' },
      { path: ['source', 'date'], message: '"c. 2012" is not YYYY-MM-DD', code: 'custom' },
    ]);
    expect(message).toBe(
      'content/hotlines/police.yaml: number: expected a short code of 3 or 4 digits\n' +
        'content/hotlines/police.yaml: source.date: "c. 2012" is not YYYY-MM-DD',
    );
  });

  it('says a missing field is missing', () => {
    expect(
      formatSchemaIssues('src/i18n/en.json', [
        { path: ['home', 'lead'], message: 'Invalid input: expected string, received undefined', code: 'invalid_type' },
      ]),
    ).toBe('src/i18n/en.json: home.lead: is missing');
  });

  it('lists unknown keys on the object that holds them', () => {
    expect(
      formatSchemaIssues('src/i18n/mn.json', [
        { path: ['nav'], message: 'Unrecognized keys', code: 'unrecognized_keys', keys: ['abuot', 'x'] },
        { path: [], message: 'Unrecognized key', code: 'unrecognized_keys', keys: ['extra'] },
      ]),
    ).toBe(
      'src/i18n/mn.json: nav: unknown keys "abuot", "x" (a typo, or a key that is not used)\n' +
        'src/i18n/mn.json: unknown key "extra" (a typo, or a key that is not used)',
    );
  });
});
