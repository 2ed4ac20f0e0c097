import { expect, test } from '../support/fixtures.ts';

// Every page's language switch is followed in every-page.spec.ts.

test('each page names its own address as canonical', async ({ page }) => {
  for (const path of ['/', '/en', '/about', '/en/safety']) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${path}$`));
  }
});
