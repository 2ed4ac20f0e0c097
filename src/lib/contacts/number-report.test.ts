import { describe, expect, it } from 'vitest';
import { fixtureContact, fixturePhone } from './contact-fixtures.ts';
import { queryValue, reportedContact, reportMailto, reportSms, reportText } from './number-report.ts';

const words = {
  subject: 'Дугаар ажиллаагүй: {name}',
  body: '{name}:\n{numbers}\nХуудас: {url}\nЮу болсон бэ: ',
  noNumbers: '—',
};
const report = {
  name: 'Сөүл дэх Элчин сайдын яам',
  numbers: ['02-798-3464', '+82 10-1234-5678'],
  url: 'https://example.org/abroad/kr?x=1&y=2#top',
};

/** What a mail app reads out of a mailto URI: the address and the decoded fields. */
function readMailto(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  return { to: url.pathname, fields: Object.fromEntries(url.searchParams) };
}

describe('queryValue', () => {
  it('escapes what would end or split a query value, spaces and line breaks', () => {
    expect(queryValue('a&b=c?d#e%f g\r\nh+1')).toBe('a%26b%3Dc%3Fd%23e%25f%20g%0D%0Ah%2B1');
  });

  it('keeps Cyrillic letters as they are, which a URL parser escapes when the link is followed', () => {
    expect(queryValue('Яам')).toBe('Яам');
    expect(new URL(`mailto:a@b.mn?body=${queryValue('Яам')}`).href).toBe('mailto:a@b.mn?body=%D0%AF%D0%B0%D0%BC');
  });
});

describe('reportMailto', () => {
  it('addresses the editors and carries the contact, its numbers and the page, read back exactly', () => {
    const href = reportMailto({ email: 'numbers@example.org' }, report, words);
    const { to, fields } = readMailto(href);
    expect(to).toBe('numbers@example.org');
    // URLSearchParams would read a raw "+" as a space, as some mail apps do: the numbers' "+" must arrive escaped.
    const raw = Object.fromEntries(
      new URL(href).search
        .slice(1)
        .split('&')
        .map((field) => field.split('=').map(decodeURIComponent)),
    );
    expect(raw.subject).toBe('Дугаар ажиллаагүй: Сөүл дэх Элчин сайдын яам');
    expect(raw.body).toBe(
      'Сөүл дэх Элчин сайдын яам:\r\n02-798-3464\r\n+82-10-1234-5678\r\nХуудас: https://example.org/abroad/kr?x=1&y=2#top\r\nЮу болсон бэ: ',
    );
    expect(fields).toEqual(raw);
  });

  it('has no raw space, line break or second "?" that would cut the message short', () => {
    const href = reportMailto({ email: 'numbers@example.org' }, report, words);
    expect(href).not.toMatch(/[\s#]/);
    expect(href.split('?')).toHaveLength(2);
  });

  it('glues no escape to a number: every run of digits in the link is one of the numbers', () => {
    const href = reportMailto({ email: 'numbers@example.org' }, { ...report, url: 'https://example.org/' }, words);
    const runs = [...href.matchAll(/\d[\d-]*\d/g)].map(([run]) => run.replace(/\D/g, ''));
    expect(runs.filter((run) => run.length > 2)).toEqual(['027983464', '821012345678']);
  });

  it('refuses a text with a placeholder it cannot fill, rather than sending "{date}"', () => {
    expect(() => reportText(report, { ...words, subject: '{date}' })).toThrow('no value for {date}');
  });

  it('says so when the contact has no number, rather than leaving a blank', () => {
    expect(reportText({ ...report, numbers: [] }, words).body).toContain('Сөүл дэх Элчин сайдын яам:\r\n—\r\n');
  });
});

describe('reportSms', () => {
  it('texts the editors with the report as its body', () => {
    const href = reportSms({ email: 'numbers@example.org', sms: '+97699112233' }, report, words)!;
    const match = /^sms:(\+\d+)\?&body=(.*)$/.exec(href)!;
    expect(match[1]).toBe('+97699112233');
    expect(decodeURIComponent(match[2]!)).toBe(
      'Сөүл дэх Элчин сайдын яам:\n02-798-3464\n+82-10-1234-5678\nХуудас: https://example.org/abroad/kr?x=1&y=2#top\nЮу болсон бэ: ',
    );
  });

  it('is left out when the editors have no number for texts', () => {
    expect(reportSms({ email: 'numbers@example.org' }, report, words)).toBeUndefined();
  });
});

describe('reportedContact', () => {
  it('names the numbers a reader can call, never a fax', () => {
    const embassy = fixtureContact({
      id: 'kr/embassy-seoul',
      country: 'KR',
      phones: [
        fixturePhone({ number: '02-798-3464' }, 'KR'),
        fixturePhone({ number: '02-798-3465', line: 'fax' }, 'KR'),
      ],
    });
    expect(reportedContact(embassy, 'Embassy', 'https://example.org/en/abroad/kr')).toEqual({
      name: 'Embassy',
      numbers: ['02-798-3464'],
      url: 'https://example.org/en/abroad/kr',
    });
  });
});
