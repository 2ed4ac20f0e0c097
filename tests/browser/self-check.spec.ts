import type { Browser } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

async function withoutJavaScript(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  return { page: await context.newPage(), close: () => context.close() };
}

test.describe('self-check of an offer', () => {
  test('works without JavaScript: a "yes" shows its advice and the warning', async ({ browser, baseURL }) => {
    const { page, close } = await withoutJavaScript(browser, baseURL);
    await page.goto('/en/check');
    const job = page.locator('section#job');
    const warning = job.locator('.outcome-warning');
    const clear = job.locator('.outcome-clear');
    const firstQuestion = job.locator('.question').first();

    await expect(warning).toBeHidden();
    await expect(clear).toBeVisible();
    await expect(firstQuestion.locator('.advice')).toBeHidden();

    await firstQuestion.getByLabel('Yes').check();
    await expect(firstQuestion.locator('.advice')).toBeVisible();
    await expect(warning).toBeVisible();
    await expect(clear).toBeHidden();

    await firstQuestion.getByLabel('No').check();
    await expect(firstQuestion.locator('.advice')).toBeHidden();
    await expect(warning).toBeHidden();
    await expect(clear).toBeVisible();
    await close();
  });

  test('keeps each offer’s answers apart', async ({ page }) => {
    await page.goto('/check');
    await page.locator('section#marriage .question').first().getByLabel('Тийм').check();
    await expect(page.locator('section#marriage .outcome-warning')).toBeVisible();
    await expect(page.locator('section#job .outcome-warning')).toBeHidden();
  });

  test('asks the same questions in both languages', async ({ page }) => {
    await page.goto('/check');
    const mongolian = await page
      .locator('input[type="radio"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    await page.goto('/en/check');
    const english = await page
      .locator('input[type="radio"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    expect(english).toEqual(mongolian);
    expect(mongolian.length).toBeGreaterThanOrEqual(2 * 3 * 6);
  });
});
