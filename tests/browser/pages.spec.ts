import { pagePaths } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';

/**
 * Each page's own checks (loads cleanly, its language, its chrome) are in
 * every-page.spec.ts, with the others made on the same visit.
 */
const paths = pagePaths();

test('the site has every page type in both languages', () => {
  for (const path of [
    '/',
    '/en',
    '/about',
    '/en/about',
    '/safety',
    '/en/safety',
    '/404',
    '/en/404',
    '/hotlines',
    '/abroad',
    '/abroad/kr',
    '/signs',
    '/rights',
    '/check',
    '/campaigns',
    '/en/campaigns/world-day-2027',
  ]) {
    expect(paths).toContain(path);
  }
});

test('a missing page answers 404 in the language of its address', async ({ page }) => {
  const mongolian = await page.goto('/no-such-page');
  expect(mongolian?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'mn');
  await expect(page.locator('h1')).toHaveText('Хуудас олдсонгүй');

  const english = await page.goto('/en/no-such-page');
  expect(english?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the emergency strip in Mongolia offers the police and the line to report trafficking', async ({ page }) => {
  for (const path of ['/', '/en', '/hotlines', '/en/signs']) {
    await page.goto(path);
    const strip = page.getByRole('complementary');
    await expect(strip.locator('a[href="tel:102"]')).toBeVisible();
    await expect(strip.locator('a[href="tel:18001280"]')).toBeVisible();
  }
});
