/**
 * Help cards work when the signal drops: once any page has been opened with a
 * connection, the kept pages open without one, every short link answers the
 * way it was printed with its country's help, and any other page answers with
 * the offline page in its language, its country's numbers first.
 */
import { join } from 'node:path';
import { readContactFiles, readShortLinks } from '../../src/loaders/content-files.ts';
import { helpCard } from '../../src/lib/contacts/destinations.ts';
import { shortLinkPaths } from '../../src/lib/links/short-links.ts';
import type { Page } from '@playwright/test';
import { expect, offlineCopyReady, test } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const { links } = await readShortLinks(root);
const { hotlines, destinations, byId } = await readContactFiles(root);

/** The number a page about `target` must offer first: the country's emergency number, or Mongolia's police. */
function emergencyHref(target: string): string {
  const destination = destinations.find((each) => `abroad/${each.slug}` === target);
  if (destination) return helpCard(destination, hotlines, byId).emergency[0]!.phones[0]!.href!;
  if (target === 'abroad') return helpCard(destinations[0]!, hotlines, byId).emergency[0]!.phones[0]!.href!;
  return 'tel:102';
}

/** The `tel:` links of the emergency strip, in order. */
async function stripNumbers(page: Page): Promise<string[]> {
  return page
    .getByRole('complementary')
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

/** A number dialled without a country code: a short code or a local number that does not work from abroad. */
const LOCAL_ONLY = /^tel:(?!\+)/;

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

test('after one visit to any page, every short link in both spellings and languages, and every help card, opens offline with its country’s emergency number', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await page.goto('/en/about');
  await offlineCopyReady(page);
  await context.setOffline(true);

  // A campaign's link (on a leaflet, not a passport insert) is left to the offline page, to keep the copy small.
  const helpLinks = links.filter((link) => !link.target.startsWith('campaigns/'));
  const visits = [
    ...helpLinks.flatMap((link) =>
      ['', '/en'].flatMap((prefix) =>
        Object.values(shortLinkPaths(link.code)).map((path) => ({ path: `${prefix}${path}`, target: link.target })),
      ),
    ),
    ...destinations.flatMap((destination) =>
      ['', '/en'].map((prefix) => ({
        path: `${prefix}/abroad/${destination.slug}`,
        target: `abroad/${destination.slug}`,
      })),
    ),
  ];
  expect(visits.length).toBeGreaterThanOrEqual(4 * helpLinks.length);
  for (const { path, target } of visits) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    expect(response?.fromServiceWorker(), `${path} answered from the offline copy`).toBe(true);
    await expect(page.locator('h1'), path).not.toHaveText(/No connection|Интернэт холболт алга/);
    await expect(page.locator(`main a[href="${emergencyHref(target)}"]`).first(), path).toBeVisible();
    await expect(page.locator('html'), path).toHaveAttribute('lang', path.startsWith('/en/') ? 'en' : 'mn');
    if (target === 'abroad') {
      // Abroad in no one country: the strip offers every country's emergency number, never a number of home.
      const numbers = await stripNumbers(page);
      for (const number of numbers) expect(number, path).not.toMatch(LOCAL_ONLY);
      await expect(page.getByRole('complementary').locator('a[href$="#emergency-numbers"]'), path).toBeVisible();
    } else if (target.startsWith('abroad')) {
      const [first] = await stripNumbers(page);
      expect(first, `${path}: the strip leads with a number that works there`).toBe(emergencyHref(target));
    }
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

test('the offline page puts the country of the address first, and never leads with a number that works only at home', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/en');
  await offlineCopyReady(page);
  await context.setOffline(true);

  for (const [path, country, name] of [
    ['/GO/KORE', 'kr', 'Өмнөд Солонгос'],
    ['/en/go/japan', 'jp', 'Japan'],
    ['/en/abroad/de/print', 'de', 'Germany'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveText(/No connection|Интернэт холболт алга/);
    const guess = page.locator('short-link-guess');
    const guessed = guess.locator('li a').first();
    await expect(guessed, path).toHaveText(name);
    await expect(guessed, path).toHaveAttribute('href', new RegExp(`/abroad/${country}$`));
    // The country's own emergency number is the first number of the page's main content.
    const first = await page.locator('main a[href^="tel:"]').first().getAttribute('href');
    expect(first, path).toBe(emergencyHref(`abroad/${country}`));
    expect(
      (await stripNumbers(page)).filter((href) => LOCAL_ONLY.test(href)),
      path,
    ).toEqual([]);
  }

  // Without a country in the address: every destination's emergency number, none first.
  await page.goto('/en/abroad/xx');
  await expect(page.locator('short-link-guess > div')).toBeHidden();
  for (const destination of destinations) {
    await expect(
      page.locator(`main li[data-target="abroad/${destination.slug}"] a[href^="tel:"]`).first(),
    ).toHaveAttribute('href', emergencyHref(`abroad/${destination.slug}`));
  }
  expect((await stripNumbers(page)).filter((href) => LOCAL_ONLY.test(href))).toEqual([]);
});
