import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { preparePrint } from '../../scripts/lib/print-job.ts';
import { printSheet } from '../../scripts/lib/print-sheet.ts';
import { strongContent } from '../support/print-fixture.ts';

test('every passport insert fits its card when printed', async ({ browser }) => {
  const out = mkdtempSync(join(tmpdir(), 'print-'));
  const content = await strongContent('https://help.example.org', '2026-12-01');
  const job = await preparePrint(content);
  expect(job.broken).toEqual([]);
  writeFileSync(join(out, 'inserts.html'), printSheet(job.cards, content.text));
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(out, 'inserts.html')).href);
  await page.emulateMedia({ media: 'print' });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('.card')]
      .filter((card) => card.scrollHeight > card.clientHeight || card.scrollWidth > card.clientWidth)
      .map((card) => card.getAttribute('aria-label')),
  );
  expect(overflowing).toEqual([]);
  expect(await page.locator('.card').count()).toBeGreaterThanOrEqual(16);
  await page.close();
});
