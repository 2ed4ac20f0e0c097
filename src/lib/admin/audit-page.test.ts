import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { auditRows, EDITOR_LANGUAGES, NEXT_STEPS } from '../contacts/audit.ts';
import { AUDIT_PAGE_WORDS, auditPageHtml, contactFile, NEXT_STEP_LABELS, nextStepCounts } from './audit-page.ts';
import { fixtureContact, fixturePhone } from '../contacts/contact-fixtures.ts';

describe('contactFile', () => {
  it('is the hotline file for a Mongolia-wide line, the country file for a destination contact', () => {
    expect(contactFile('police')).toBe('content/hotlines/police.yaml');
    expect(contactFile('kr/embassy-seoul')).toBe('content/countries/kr.yaml');
  });
});

describe('nextStepCounts', () => {
  it('counts each next step, most pressing first, leaving out steps no contact has', () => {
    const rows = [{ next: 'none' }, { next: 'call' }, { next: 'find-new-number' }, { next: 'call' }] as const;
    expect(nextStepCounts(rows)).toEqual([
      ['find-new-number', 1],
      ['call', 2],
      ['none', 1],
    ]);
  });
});

describe('AUDIT_PAGE_WORDS', () => {
  it("has every word in each of the editors' languages", () => {
    for (const words of [...Object.values(AUDIT_PAGE_WORDS), ...NEXT_STEPS.map((step) => NEXT_STEP_LABELS[step])]) {
      for (const language of EDITOR_LANGUAGES) expect(words[language]).toMatch(/\S/);
    }
  });
});

describe('auditPageHtml', () => {
  const danuri = fixtureContact({
    id: 'kr/danuri',
    country: 'KR',
    name: { mn: 'Данури <утас>', en: 'Danuri & co' },
    phones: [fixturePhone({ number: '1577-1366' }, 'KR')],
    withdrawn: [{ number: '1577-5432', call: { date: '2026-11-20', number: '1577-5432', outcome: 'not-in-service' } }],
  });
  const police = fixtureContact({ id: 'police', name: { mn: 'Цагдаа', en: 'Police' } });
  const rows = auditRows([police, danuri], '2026-12-07', new Set(['police']));
  const html = auditPageHtml({
    rows,
    names: new Map([danuri, police].map((contact) => [contact.id, contact.name])),
    reportEmail: 'numbers@example.org',
    today: '2026-12-07',
  });
  const page = parse(html);

  it('is a page search engines are told to leave, in the first language, with no inline code', () => {
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('mn');
    expect(page.querySelectorAll('script, style')).toHaveLength(0);
    expect(html).not.toMatch(/ style=/);
  });

  it('lists every contact in the audit order, with its next step in every language and its file', () => {
    const items = page.querySelectorAll('li.contact');
    expect(items.map((item) => item.getAttribute('data-contact'))).toEqual(rows.map((row) => row.id));
    const danuriItem = page.querySelector('[data-contact="kr/danuri"]')!;
    expect(danuriItem.getAttribute('data-next')).toBe('find-new-number');
    expect(danuriItem.querySelector('h2')!.textContent).toContain('Данури <утас>');
    expect(danuriItem.querySelector('h2 [lang="en"]')!.textContent).toBe('Danuri & co');
    expect(danuriItem.querySelector('[data-next-step]')!.textContent).toContain('1577-5432 дугаарт залгахад');
    expect(danuriItem.querySelector('[data-next-step] [lang="en"]')!.textContent).toContain(
      'A test call to 1577-5432 failed',
    );
    expect(danuriItem.textContent).toContain('1577-5432 (2026-11-20, ажиллахгүй байна)');
    expect(danuriItem.textContent).toContain('content/countries/kr.yaml');
  });

  it('says an emergency number is never test-called', () => {
    expect(page.querySelector('[data-contact="police"]')!.textContent).toContain('туршиж залгахгүй');
  });

  it("says where readers' reports go and that the site keeps no count of them", () => {
    const reports = page.querySelector('[data-reports] [lang="en"]')!.textContent;
    expect(reports).toContain('numbers@example.org');
    expect(reports).toContain('keeps no count');
  });

  it('counts the contacts of each next step at the top', () => {
    expect(page.querySelectorAll('[data-next-steps] li').map((item) => item.getAttribute('data-count'))).toEqual(
      nextStepCounts(rows).map(([step]) => step),
    );
  });
});
