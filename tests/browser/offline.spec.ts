/**
 * Help cards work when the signal drops: once a page has been opened with a
 * connection, the kept pages open without one, and any other page answers
 * with the offline page in its language.
 */
import { expect, offlineCopyReady, test } from '../support/fixtures.ts';

test('a help card reloads offline and leads to the hotlines page', async ({ page, context }) => {
  await page.goto('/abroad/kr');
  await offlineCopyReady(page);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'answered from the offline copy').toBe(true);
  await expect(page.locator('main a[href="tel:112"]').first()).toBeVisible();
  await expect(page.getByRole('complementary').locator('a[href="tel:112"]')).toBeVisible();

  await page.getByRole('navigation', { name: 'Үндсэн цэс' }).getByRole('link', { name: 'Тусламжийн утас' }).click();
  await expect(page).toHaveURL(/\/hotlines$/);
  await expect(page.locator('main a[href="tel:102"]').first()).toBeVisible();
});

test('every help card, both languages, opens offline after one visit', async ({ page, context }) => {
  await page.goto('/en/abroad');
  await offlineCopyReady(page);
  await context.setOffline(true);
  for (const path of ['/abroad/cn', '/en/abroad/mo', '/en/hotlines', '/safety', '/en/abroad', '/']) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1'), path).toBeVisible();
  }
});

test('a page not kept offline answers with the offline page in its language', async ({ page, context }) => {
  await page.goto('/');
  await offlineCopyReady(page);
  await context.setOffline(true);

  await page.goto('/signs/scam-compounds');
  await expect(page.locator('h1')).toHaveText('Интернэт холболт алга');
  await expect(page.locator('main a[href="/abroad/kr"]')).toBeVisible();

  await page.goto('/en/rights');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('No connection');
});
