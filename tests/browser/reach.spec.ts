/**
 * Numbers in reach on a small phone: while she scrolls a help card, an
 * article or the self-check at 360×800, a number she can call is always on
 * screen and nothing floating covers the text; and the strip at the top
 * offers only numbers that can be dialled from the place the page is about.
 * That every control and stand-alone number is big enough for a shaking hand
 * is checked on every page in every-page.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

const PHONE = { width: 360, height: 800 };

/** Every numbered step of a scroll through `path`, half a screen apart. */
async function scrollPositions(page: Page): Promise<number[]> {
  const { total, screen } = await page.evaluate(() => ({
    total: document.documentElement.scrollHeight,
    screen: window.innerHeight,
  }));
  const last = Math.max(0, total - screen);
  const positions: number[] = [];
  for (let y = 0; y < last; y += screen / 2) positions.push(Math.round(y));
  positions.push(last);
  return positions;
}

interface ScreenState {
  /** Visible, uncovered call links entirely on screen. */
  callable: string[];
  /** Text of <main> under a fixed or sticky element that is not a full-width bar at the screen's edge. */
  covered: string[];
}

/** What the reader sees at the current scroll position. */
function screenState(): ScreenState {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const shown = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const callable = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')]
    .filter((link) => {
      const box = link.getBoundingClientRect();
      if (!shown(link) || box.width === 0 || box.top < 0 || box.left < 0) return false;
      if (box.bottom > height || box.right > width) return false;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && link.contains(hit);
    })
    .map((link) => link.getAttribute('href')!);

  const floating = [...document.querySelectorAll('body *')]
    .filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position) && shown(element))
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    // A full-width bar at the top or bottom edge is what text scrolls under, not something covering it.
    .filter(
      ({ box }) =>
        box.width > 0 && !(box.left <= 0 && box.right >= width - 1 && (box.top <= 0 || box.bottom >= height)),
    );
  const covered: string[] = [];
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || !node.parentElement || !shown(node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      if (line.width === 0 || line.bottom <= 0 || line.top >= height) continue;
      for (const { element, box } of floating) {
        if (line.left < box.right && line.right > box.left && line.top < box.bottom && line.bottom > box.top) {
          covered.push(
            `“${node.textContent.trim().slice(0, 40)}” under <${element.localName} class="${element.className}">`,
          );
        }
      }
    }
  }
  return { callable, covered };
}

const SCROLLED = [
  '/GO/KR',
  '/abroad/kr',
  '/en/abroad/kr',
  '/signs/passport-and-debt',
  '/en/signs/fake-job-offers',
  '/check',
];

for (const path of SCROLLED) {
  test(`${path} keeps a number to call on a 360×800 screen from top to bottom, and no text under a floating control`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    const positions = await scrollPositions(page);
    // The page scrolls: at least its top and its bottom are checked, and every half screen between.
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect(positions.at(-1)).toBeGreaterThan(0);
    for (const y of positions) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const state = await page.evaluate(screenState);
      expect(state.callable, `a call link in view at y=${y}`).not.toEqual([]);
      expect(state.covered, `text covered at y=${y}`).toEqual([]);
    }
  });
}

test('the strip offers a destination’s own numbers, its emergency number first', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/abroad/kr', '/en/abroad/jp', '/GO/KR', '/go/th', '/en/go/us']) {
    await page.goto(path);
    const strip = page.getByRole('complementary');
    const first = await page
      .locator('section[aria-labelledby="emergency"] a[href^="tel:"]')
      .first()
      .getAttribute('href');
    await expect(strip.locator('a[href^="tel:"]').first(), path).toHaveAttribute('href', first!);
  }
  await page.goto('/GO/KR');
  expect(
    await page
      .getByRole('complementary')
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(['tel:112', 'tel:+8215771366', 'tel:+8227983464']);
});

test('a page about being abroad in general leads with every country’s emergency number, not a Mongolian line', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const path of [
    '/abroad',
    '/en/abroad',
    '/GO/HELP',
    '/go/help',
    '/rights/help-abroad',
    '/en/rights/help-abroad',
  ]) {
    await page.goto(path);
    const strip = page.getByRole('complementary');
    await expect(strip.locator('a[href^="tel:"], a[href^="sms:"]'), path).toHaveCount(0);
    await expect(strip.locator('a[href$="/abroad#emergency-numbers"]'), path).toBeVisible();
  }
  for (const path of ['/GO/HELP', '/abroad']) {
    await page.goto(path);
    const numbers = page.locator('#emergency-numbers + ul a[href^="tel:"]');
    expect(await numbers.count()).toBeGreaterThanOrEqual(15);
    // The first number on the page is a destination's emergency number, never the Foreign Ministry's appointment line.
    await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', /^tel:\d{3}$/);
    const list = await numbers.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(list).not.toContain('tel:+97683042222');
  }
});

test('pages read in Mongolia lead with the police', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/', '/en/hotlines', '/signs/passport-and-debt', '/check', '/GO/UTAS']) {
    await page.goto(path);
    await expect(page.getByRole('complementary').locator('a').first(), path).toHaveAttribute('href', 'tel:102');
  }
});
