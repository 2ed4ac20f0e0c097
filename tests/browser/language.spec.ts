import { parseLocalePath, twinPath } from '../../src/lib/locales.ts';
import { pagePaths } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';

for (const path of pagePaths()) {
  test(`the language switch on ${path} leads to the same page in the other language`, async ({ page, baseURL }) => {
    await page.goto(path);
    const { locale } = parseLocalePath(path);
    const label = locale === 'mn' ? 'Хэл' : 'Language';
    await page.getByRole('navigation', { name: label }).getByRole('link').click();

    // A QR code's capitalised short link switches to the short link as typed.
    const shortLink = /^(\/en)?\/go\//i.test(path);
    const twin = twinPath(/^(\/en)?\/GO\//.test(path) ? path.toLowerCase() : path);
    await expect(page).toHaveURL(`${baseURL}${twin}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'mn' ? 'en' : 'mn');
    // The two pages point at each other as alternates (short links point at the full pages instead).
    if (shortLink) return;
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
      'href',
      new RegExp(`${path === '/' ? '/' : path}$`),
    );
  });
}

test('each page names its own address as canonical', async ({ page }) => {
  for (const path of ['/', '/en', '/about', '/en/safety']) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${path}$`));
  }
});
