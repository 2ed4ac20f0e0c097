/**
 * A campaign's "copy link" control: with JavaScript it copies the page's
 * canonical URL and says so; without, the address is there to select and the
 * button is not offered. The fixtures also hold every test here to no
 * console error, no CSP violation and no request to another site — the share
 * links are plain links, not widgets.
 */
import { expect, test } from '../support/fixtures.ts';

for (const [path, copied] of [
  ['/en/campaigns/keep-these-numbers', 'Link copied'],
  ['/campaigns/world-day-2027', 'Холбоосыг хууллаа'],
] as const) {
  test(`${path}: copy link copies the canonical URL and announces it`, async ({ page, context, baseURL, watch }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    const copy = page.locator('copy-link');
    await expect(copy.locator('[data-url]')).toHaveText(canonical!);

    const status = copy.getByRole('status');
    await expect(status).toHaveText('');
    await copy.getByRole('button').click();
    await expect(status).toHaveText(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

    // A second copy is announced again.
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    await copy.getByRole('button').click();
    await expect(status).toHaveText(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

    await expect(page.locator('a[data-share]')).toHaveCount(4);
    await page.waitForLoadState('networkidle');
    expect(watch.offsite, 'requests outside the site').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the address is shown to select, the share links work, and no copy button is offered', async ({ page }) => {
    await page.goto('/en/campaigns/keep-these-numbers');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const copy = page.locator('copy-link');
    await expect(copy.locator('[data-url]')).toBeVisible();
    await expect(copy.locator('[data-url]')).toHaveText(canonical!);
    await expect(copy.getByRole('button', { includeHidden: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    for (const name of ['Facebook', 'Telegram', 'X', 'WhatsApp']) {
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
        'href',
        new RegExp(encodeURIComponent(canonical!).replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')),
      );
    }
  });
});

test('the campaign list links its feed, which answers as XML', async ({ page, request }) => {
  await page.goto('/en/campaigns');
  const feed = page.getByRole('link', { name: 'Follow new campaigns with RSS' });
  await expect(feed).toHaveAttribute('href', '/en/campaigns/rss.xml');
  const response = await request.get('/en/campaigns/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  expect(await response.text()).toContain('<rss version="2.0"');
});
