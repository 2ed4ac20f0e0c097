import { readFileSync } from 'node:fs';
import { parseLocalePath, twinPaths } from '../../src/lib/locales.ts';
import { pagePaths } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';

/** The language switch's name in a language, from its UI strings. */
const switchLabel = (locale: string): string =>
  (JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as { languageSwitch: { label: string } }).languageSwitch
    .label;

for (const path of pagePaths()) {
  test(`the language switch on ${path} leads to the same page in every other language`, async ({ page, baseURL }) => {
    const { locale } = parseLocalePath(path);
    const label = switchLabel(locale);
    // A QR code's capitalised short link switches to the short link as typed.
    const shortLink = /^(\/[a-z-]+)?\/go\//i.test(path);
    const twins = twinPaths(/^(\/[a-z-]+)?\/GO\//.test(path) ? path.toLowerCase() : path);
    for (const twin of twins) {
      await page.goto(path);
      await page.getByRole('navigation', { name: label }).locator(`a[hreflang="${twin.locale}"]`).click();
      await expect(page).toHaveURL(`${baseURL}${twin.path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', twin.locale);
      // The pages point at each other as alternates (short links point at the full pages instead).
      if (shortLink) continue;
      await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute(
        'href',
        new RegExp(`${path === '/' ? '/' : path}$`),
      );
    }
  });
}

test('each page names its own address as canonical', async ({ page }) => {
  for (const path of ['/', '/en', '/about', '/en/safety']) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${path}$`));
  }
});
