import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

test('every passport insert fits its card when printed', async ({ browser }) => {
  const out = mkdtempSync(join(tmpdir(), 'print-'));
  const run = spawnSync(process.execPath, ['scripts/qr.ts', '--out', out], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
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
