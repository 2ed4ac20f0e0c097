import { QUICK_EXIT_URL } from '../../src/lib/pages/quick-exit.ts';
import { expect, NEUTRAL_PAGE_TEXT, test } from '../support/fixtures.ts';

test.describe('quick exit', () => {
  test('a click leaves for the neutral site, and Back does not return', async ({ page }) => {
    await page.goto('/about');
    await page.getByRole('link', { name: 'Шуурхай гарах' }).click();
    await expect(page.getByText(NEUTRAL_PAGE_TEXT)).toBeVisible();
    expect(page.url()).toBe(QUICK_EXIT_URL);

    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  test('the page is hidden at once, before the neutral site answers', async ({ page }) => {
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route(`${QUICK_EXIT_URL}**`, async (route) => {
      await answered;
      await route.fulfill({ contentType: 'text/html', body: `<p>${NEUTRAL_PAGE_TEXT}</p>` });
    });
    await page.goto('/en/safety');

    // The page cannot be queried while it is leaving, so it reports its own state.
    const seen: { hidden: boolean; title: string }[] = [];
    await page.exposeFunction('reportExitState', (state: { hidden: boolean; title: string }) => seen.push(state));
    await page.evaluate(() => {
      const report = (window as unknown as { reportExitState: (state: object) => void }).reportExitState;
      new MutationObserver(() => report({ hidden: document.body.hidden, title: document.title })).observe(
        document.body,
        {
          attributes: true,
          attributeFilter: ['hidden'],
        },
      );
    });

    await page.getByRole('link', { name: 'Quick exit' }).click({ noWaitAfter: true });
    await expect.poll(() => seen).toEqual([{ hidden: true, title: '' }]);
    answer();
    await expect(page.getByText(NEUTRAL_PAGE_TEXT)).toBeVisible();
  });

  test('Shift pressed three times leaves, and Back does not return', async ({ page }) => {
    await page.goto('/en');
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await expect(page.getByText(NEUTRAL_PAGE_TEXT)).toBeVisible();
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  test('Back leads to the page before the site, not to the site', async ({ page, baseURL }) => {
    await page.goto('/');
    await page.goto('/safety');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.getByText(NEUTRAL_PAGE_TEXT)).toBeVisible();
    await page.goBack();
    // The exited page is gone from history; earlier pages of the site remain, as the safety page explains.
    expect(page.url()).toBe(`${baseURL}/`);
  });

  test('the safety page says, in both languages, what quick exit leaves behind and how to clear it', async ({
    page,
  }) => {
    for (const [path, heading, back, clearing] of [
      [
        '/en/safety',
        'Quick exit',
        /still behind the Back button[^.]*\. To take them off the Back button, close the tab/,
        'Clearing your history',
      ],
      ['/safety', 'Шуурхай гарах товч', /«Буцах» товчны ард үлдэх.*цонхоо \(tab\) хаагаарай/, 'Түүхээ устгах'],
    ] as const) {
      await page.goto(path);
      const section = page.locator('main').getByText(back);
      await expect(section, path).toBeVisible();
      await expect(page.getByRole('heading', { name: heading, exact: true }), path).toBeVisible();
      await expect(page.getByRole('heading', { name: clearing, exact: true }), path).toBeVisible();
    }
  });

  test('typing capital letters does not leave', async ({ page }) => {
    await page.goto('/en');
    await page.locator('body').press('Shift+A');
    await page.locator('body').press('Shift+B');
    await page.locator('body').press('Shift+C');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/en$/);
  });

  test('works as a plain link without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    await context.route(`${QUICK_EXIT_URL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<p>${NEUTRAL_PAGE_TEXT}</p>` }),
    );
    const page = await context.newPage();
    await page.goto('/');
    const exit = page.getByRole('link', { name: 'Шуурхай гарах' });
    await expect(exit).toHaveAttribute('href', QUICK_EXIT_URL);
    await expect(exit).toHaveAttribute('rel', 'noreferrer');
    await exit.click();
    await expect(page.getByText(NEUTRAL_PAGE_TEXT)).toBeVisible();
    await context.close();
  });

  test('is keyboard reachable right after the skip link', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to main content');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Quick exit');
  });

  test('is not printed', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('quick-exit')).toBeHidden();
  });
});
