/**
 * The site leaves no trace on the phone but its fixed offline copy, and is
 * served with its production headers. Every test in this folder also ends with no CSP violation (see
 * the fixtures); the first test here shows that such a violation is seen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/host/headers-file.ts';
import { offlineFiles } from '../../src/lib/pages/offline.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';
import { builtFiles, DIST, pagePaths } from '../support/dist.ts';
import { expect, NEUTRAL_PAGE_TEXT, offlineCopyReady, test } from '../support/fixtures.ts';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

/** Everything the site could have stored for its origin, as seen from one of its pages. */
async function storedData(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { usageBreakdown } = await cdp.send('Storage.getUsageAndQuota', { origin: new URL(page.url()).origin });
  await cdp.detach();
  const stored = await page.evaluate(async () => {
    const cached: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      cached[name] = requests.map((request) => new URL(request.url).pathname).sort();
    }
    return {
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((database) => database.name),
      cached,
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    };
  });
  const kinds = usageBreakdown.filter(({ usage }) => usage > 0).map(({ storageType }) => storageType);
  return { ...stored, kindsOfStorageUsed: kinds.sort() };
}

/** The offline copy: the same fixed pages for everyone, nothing of what was read. */
const KEPT_OFFLINE = offlineFiles(builtFiles().map((file) => file.path))
  .map(pagePath)
  .sort();

test('a Content-Security-Policy violation is seen by the tests', async ({ page, watch }) => {
  await page.goto('/about');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
  });
  // One report per policy that forbids it: the HTTP header's and the page's own <meta>.
  await expect.poll(() => watch.cspViolations.length).toBe(2);
  for (const violation of watch.cspViolations) expect(violation).toContain('script-src-elem inline');
  await expect(page).not.toHaveTitle('injected');
  watch.cspViolations.length = 0;
  watch.consoleErrors.length = 0;
});

test('every response carries the security headers of _headers', async ({ request }) => {
  const paths = [...pagePaths(), '/pagefind/pagefind.js', '/api/contacts.json', '/abroad/kr.vcf', '/no-such-page'];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    for (const [name, value] of headersFor(rules, path)) {
      expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['set-cookie'], path).toBeUndefined();
  }
});

test('reading every page, searching, answering the self-check and leaving quickly store only the offline copy', async ({
  page,
  context,
  baseURL,
  watch,
}) => {
  test.setTimeout(180_000);
  for (const path of pagePaths()) {
    await page.goto(path);
    await page.waitForLoadState('load');
  }
  await offlineCopyReady(page);
  await page.goto('/search');
  await page.getByRole('searchbox').fill('солонгос');
  await expect(page.locator('[data-results] li a').first()).toBeVisible();
  await page.goto('/en/search');
  await page.getByRole('searchbox').fill('embassy');
  await expect(page.locator('[data-results] li a').first()).toBeVisible();
  await page.goto('/check');
  await page.locator('input[name="offer"][value="job"]').check();
  await page
    .locator('section[data-offer="job"] fieldset')
    .first()
    .getByRole('radio', { name: 'Тийм', exact: true })
    .check();
  await page.waitForLoadState('networkidle');

  const expectOnlyTheOfflineCopy = async () => {
    const { cached, kindsOfStorageUsed, ...rest } = await storedData(page);
    expect(Object.keys(cached)).toEqual([expect.stringMatching(/^workbox-precache/)]);
    expect(Object.values(cached)[0]).toEqual(KEPT_OFFLINE);
    expect(rest).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], serviceWorkers: 1 });
    expect(
      kindsOfStorageUsed.filter((kind) => !['cache_storage', 'service_workers'].includes(kind)),
      'storage used besides the offline copy',
    ).toEqual([]);
  };
  await expectOnlyTheOfflineCopy();
  expect(await context.cookies(baseURL)).toEqual([]);

  await page.getByRole('link', { name: 'Шуурхай гарах' }).click();
  await expect(page.getByText(NEUTRAL_PAGE_TEXT)).toBeVisible();
  await page.goto('/');
  await expectOnlyTheOfflineCopy();
  expect(await context.cookies()).toEqual([]);
  expect(watch.offsite).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
