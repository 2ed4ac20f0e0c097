/**
 * The editors' audit page as built (`/admin/audit`): every contact the site
 * knows, in the order `npm run audit` lists them, each with its next step,
 * and where readers' reports go. Part of the editing screen, so none of the
 * public pages' steps (search, sitemap, offline copy) ever see it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contactAudit } from '../../src/lib/contacts/audit.ts';
import { readContactFiles, readContentFile } from '../../src/loaders/content-files.ts';
import { DIST } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const html = readFileSync(join(DIST, 'admin', 'audit.html'), 'utf8');
const page = parse(html);
const data = await readContactFiles(root);
// Any day: the order and the steps are checked against the audit made the day the page says it was made.
const today = /(\d{4}-\d{2}-\d{2})/.exec(page.querySelector('main > p')!.textContent)![1]!;
const rows = contactAudit(data, today);

describe('/admin/audit', () => {
  it('lists every contact, in the order npm run audit lists them, with the same next step', () => {
    const items = page.querySelectorAll('li.contact');
    expect(items.length).toBe(data.byId.size);
    expect(items.map((item) => item.getAttribute('data-contact'))).toEqual(rows.map((row) => row.id));
    expect(items.map((item) => item.getAttribute('data-next'))).toEqual(rows.map((row) => row.next));
  });

  it('says where readers report a number and that the site keeps no count of them', () => {
    const reports = page.querySelector('[data-reports]')!.textContent;
    expect(reports).toContain(readContentFile(root, 'reports').email);
  });

  it('is for editors only: noindex, no inline code, and in no public list', () => {
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(page.querySelectorAll('script, style')).toHaveLength(0);
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).not.toContain('admin/');
  });
});
