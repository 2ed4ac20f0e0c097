import { parseLocalePath } from '../../src/lib/locales.ts';
import { pagePaths } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';

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

for (const path of paths) {
  test(`${path} loads cleanly, in its language, from its own origin only`, async ({
    page,
    context,
    watch,
    baseURL,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const { locale } = parseLocalePath(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);

    // Every page can be read in the other language, and says so to search engines.
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(3);
    for (const hreflang of ['mn', 'en', 'x-default']) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
        'href',
        /^https?:\/\//,
      );
    }

    // Safety chrome on every page.
    await expect(page.locator('a[href="#main"]').first()).toBeAttached();
    await expect(page.locator('quick-exit a')).toBeVisible();
    // The emergency strip: numbers that work where the page is about, or, abroad in no one country, every country's.
    await expect(page.locator('aside a[href^="tel:"], aside a[href$="#emergency-numbers"]').first()).toBeVisible();

    await page.waitForLoadState('networkidle');
    expect(watch.offsite, 'requests outside the site').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(await context.cookies(baseURL), 'cookies').toEqual([]);
    expect(response?.headers()['content-security-policy'], 'CSP header').toContain("frame-ancestors 'none'");
    const stored = await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]);
    expect(stored, 'cookie, localStorage and sessionStorage').toEqual(['', 0, 0]);
  });
}

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
