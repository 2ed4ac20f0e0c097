/**
 * The pages printed codes lead to, built from fixture content. A number
 * printed in a run that later changes: the build warns with the run and the
 * card, and the pages the card leads to — the short link and the country's
 * help card, in both languages — say so at the top, naming the old number as
 * changed and the new one to call. A campaign whose leaflet is out there
 * outlives its end date: its page and short link stay, marked as ended, with
 * the help it pointed to. A test call that finds a line out of service takes
 * it off every page and the open data at the next build, and into the audit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendRun } from '../../src/lib/print/print-runs.ts';
import { ProjectCopy } from './project-copy.ts';

const project = new ProjectCopy();
afterAll(() => project.dispose());

/** A fixture batch: the Korea insert, printed with the Danuri line's older number (1577-5432, as a 2014 district page gives it). */
const runs = appendRun([], {
  version: 1,
  edition: 'Passport inserts, first edition',
  date: '2026-12-01',
  origin: 'https://help.example.org',
  cards: [
    {
      kind: 'insert',
      code: 'kr',
      qr: 'HTTPS://HELP.EXAMPLE.ORG/GO/KR',
      link: 'help.example.org/go/kr',
      lines: [
        { contact: 'kr/police', label: { mn: 'Цагдаа', en: 'Police' }, number: '112' },
        { contact: 'kr/danuri', label: { mn: 'Данури', en: 'Danuri' }, number: '1577-5432' },
      ],
      texts: { mn: ['Тусламж хэрэгтэй бол уншуулаарай'], en: ['Scan for help'] },
    },
  ],
});

let output = '';
beforeAll(() => {
  project.write('content/print-runs.json', `${JSON.stringify(runs, null, 2)}\n`);
  for (const locale of ['mn', 'en']) {
    project.replace(
      `content/campaigns/${locale}/world-day-2027.mdx`,
      /^start: .*\nend: .*$/m,
      'start: 2025-07-01\nend: 2025-07-31',
    );
  }
  project.write(
    'content/links.yaml',
    `${project.read('content/links.yaml')}july:\n  target: campaigns/world-day-2027\n`,
  );
  // An editor's test call found the embassy's emergency line out of service.
  project.replace(
    'content/countries/kr.yaml',
    "        states: ['010-8205-3464']\n",
    "        states: ['010-8205-3464']\n    calls:\n      - date: 2026-12-01\n        number: '010-8205-3464'\n        outcome: not-in-service\n",
  );
  const result = project.build();
  output = result.output;
  expect(result.status, output).toBe(0);
}, 600_000);

const page = (path: string) => readFileSync(join(project.root, 'dist', path), 'utf8');

describe('a printed number that has changed', () => {
  it('is reported by the build with its run and card', () => {
    expect(output).toContain(
      'Printed number changed: "Passport inserts, first edition" (2026-12-01), card /go/kr: Danuri 1577-5432 (kr/danuri) is now 1577-1366',
    );
    expect(output).not.toMatch(/Printed number changed: .*kr\/police/);
  });

  it.each(['go/kr.html', 'GO/KR.html', 'en/go/kr.html', 'abroad/kr.html', 'en/abroad/kr.html'])(
    '%s says at the top, in both languages, that the old number has changed and which to call',
    (path) => {
      const html = page(path);
      const notice = /<section[^>]*data-printed-changes[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
      expect(notice, path).toBeDefined();
      expect(notice).toContain(
        'If your card shows <del class="font-bold whitespace-nowrap">1577-5432</del>: that number has changed',
      );
      expect(notice).toContain(
        'Хэрэв таны картанд <del class="font-bold whitespace-nowrap">1577-5432</del> гэж бичсэн бол',
      );
      expect(notice).toMatch(/<a href="tel:\+8215771366"[^>]*>1577-1366<\/a>/);
      // The notice comes before the help itself, and the old number appears nowhere else.
      expect(html.indexOf('data-printed-changes')).toBeLessThan(html.indexOf('<h1'));
      expect(html.split('1577-5432')).toHaveLength(3);
    },
  );

  it('is not shown on another country’s help', () => {
    expect(page('go/jp.html')).not.toContain('data-printed-changes');
    expect(page('abroad/jp.html')).not.toContain('data-printed-changes');
  });
});

describe('a campaign that has ended', () => {
  it.each(['campaigns/world-day-2027.html', 'en/campaigns/world-day-2027.html', 'go/july.html', 'en/go/july.html'])(
    '%s stays, says it ended, and keeps its call to action',
    (path) => {
      const html = page(path);
      expect(html).toMatch(/data-campaign-ended[^>]*>[^<]*2025-07-31/);
      expect(html).toContain('data-call="gia-info-line"');
      expect(html).toContain('data-read="signs"');
    },
  );

  it('is not marked ended while it runs', () => {
    expect(page('campaigns/keep-these-numbers.html')).not.toContain('data-campaign-ended');
  });
});

describe('a number a test call found out of service', () => {
  it.each(['abroad/kr.html', 'en/abroad/kr.html', 'go/kr.html', 'GO/KR.html', 'abroad/kr.vcf', 'api/contacts.json'])(
    'is off %s: no call button, no text, not in the saved contacts or the open data',
    (path) => {
      const text = page(path);
      expect(text).not.toMatch(/010-?8205-?3464|821082053464/);
      expect(text).not.toContain('embassy-seoul-emergency');
    },
  );

  it('leaves the rest of the card as it was', () => {
    expect(page('abroad/kr.html')).toContain('href="tel:+8227983464"');
  });

  it('is in the audit, with the call that took it off and what to do next', () => {
    const audit = project.run('scripts/audit.ts', ['--date', '2026-12-07']);
    expect(audit.status, audit.output).toBe(0);
    const line = audit.output.split('\n').find((each) => each.includes('kr/embassy-seoul-emergency'));
    expect(line).toMatch(/^unconfirmed \(not shown\)\s+none\s+2023-06-01\s+3y\s+2026-12-02\s+/);
    expect(line).toContain('A test call to 010-8205-3464 failed, so it is off the site.');
    expect(audit.output).toContain('Test calls: 1 numbers off the site after a failed call');
  });
});
