import { expect, test } from '../support/fixtures.ts';

test.describe('search page', () => {
  for (const [path, query, expected] of [
    ['/search', 'солонгос', '/abroad/kr'],
    ['/search', 'elchin said yapon', '/abroad/jp'],
    ['/en/search', 'embassy seoul', '/en/abroad/kr'],
  ] as const) {
    // Ranking is measured query by query in search-quality.spec.ts; here the page must show the answer near the top.
    test(`on a phone, "${query}" shows ${expected} among the first results`, async ({ page, watch }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await page.getByRole('searchbox').fill(query);
      await expect(page.locator('[data-results] li a').first()).toBeVisible();
      const top = await page
        .locator('[data-results] li a')
        .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
      expect(top).toContain(expected);
      await expect(page.getByRole('status')).toHaveText(/\d/);
      expect(watch.consoleErrors, 'console errors, CSP violations included').toEqual([]);
      expect(watch.offsite).toEqual([]);
    });
  }

  test('loads the search code only when search is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/en/search');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox').focus();
    await expect.poll(() => requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
  });

  test('is reached from every page’s header with the box ready to type in, and works by keyboard', async ({ page }) => {
    await page.goto('/en/hotlines');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/en\/search#search-query$/);
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('1345');
    await expect(page.getByRole('status')).toHaveText('2 results');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Search');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('name', 'kind');
    expect(page.url()).not.toContain('1345');
  });

  test('without JavaScript, the header’s search control still leads to the search page', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/abroad/kr');
    await page.getByRole('navigation', { name: 'Үндсэн цэс' }).getByRole('link', { name: 'Хайх' }).click();
    await expect(page).toHaveURL(/\/search#search-query$/);
    await expect(page.locator('main a[href="/hotlines"]')).toBeVisible();
    await context.close();
  });

  test('shows more results on request, moving focus to the first new one, and announces the count', async ({
    page,
  }) => {
    await page.goto('/en/search');
    await page.getByRole('searchbox').fill('help');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ results$/);
    const count = Number((await status.textContent())!.split(' ')[0]);
    expect(count).toBeGreaterThan(10);
    await expect(page.locator('[data-results] li')).toHaveCount(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(page.locator('[data-results] li')).toHaveCount(Math.min(20, count));
    await expect(page.locator('[data-results] li').nth(10).getByRole('link')).toBeFocused();
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible({ visible: count > 20 });
  });

  test('narrows results by kind and country', async ({ page }) => {
    await page.goto('/en/search');
    await page.getByRole('searchbox').fill('passport');
    await expect(page.locator('[data-results] li').first()).toBeVisible();
    await page.getByLabel('Type').selectOption('campaign');
    await expect(page.locator('[data-results] li a').first()).toHaveAttribute('href', /^\/en\/campaigns\//);
    await page.getByLabel('Type').selectOption('destination');
    await expect(page.locator('[data-results] li a').first()).toHaveAttribute('href', /^\/en\/abroad/);
    await page.getByLabel('Country').selectOption('JP');
    await expect(page.locator('[data-results] li a')).toHaveCount(1);
    await expect(page.locator('[data-results] li a')).toHaveAttribute('href', '/en/abroad/jp');
  });

  test('keeps the query out of the address bar and the history', async ({ page }) => {
    await page.goto('/search');
    await page.getByRole('searchbox').fill('паспорт');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.locator('[data-results] li').first()).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(2);
  });

  test('without JavaScript says so and lists the main sections', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/search');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByText('Хайлт ажиллахад JavaScript хэрэгтэй')).toBeVisible();
    await expect(page.locator('main a[href="/abroad"]')).toBeVisible();
    await expect(page.locator('main a[href="/hotlines"]')).toBeVisible();
    await context.close();
  });
});
