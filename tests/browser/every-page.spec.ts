/**
 * What every page must do, checked in one visit per page: the page is opened
 * once and looked at on a desktop, on the phones it is made for (360 px: no
 * WCAG 2.2 AA violation, every number and control big enough for a shaking
 * hand), on the narrowest phone (320 px: no sideways scrolling), and then its
 * language switch is followed. One visit instead of one per check keeps the
 * suite quick: axe alone takes seconds a page.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pageType } from '../../src/lib/checks/page-budget.ts';
import { parseLocalePath, twinPaths } from '../../src/lib/locales.ts';
import { pagePaths } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 800 };
const NARROW_PHONE = { width: 320, height: 640 };
/** WCAG 2.5.5's enhanced target size, in CSS pixels: what a shaking hand can hit. */
const TARGET = 44;
/** Space kept between two stacked numbers, so a touch between them hits neither. */
const NUMBER_GAP = 4;

/**
 * On a desktop, axe checks one page of each type in each language (the layout
 * differs by type, not by page); on a phone, every page.
 */
function desktopSample(paths: readonly string[]): Set<string> {
  const seen = new Set<string>();
  return new Set(
    paths.filter((path) => {
      const key = `${path.startsWith('/en') ? 'en' : 'mn'} ${pageType(path)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

/** The language switch's name in a language, from its UI strings. */
const switchLabel = (locale: string): string =>
  (JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as { languageSwitch: { label: string } }).languageSwitch
    .label;

/** axe's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function wcagViolations(page: Page): Promise<string[]> {
  // Pages load nothing from other origins, so axe runs in the page itself (legacy mode: same-origin frames only)
  // instead of finishing in a second, blank page; and only violations, the one result read, are gathered in full.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA)
    .setLegacyMode()
    .analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** A control too small to hit, or a number too close to another, as `what WxH`. */
function smallTargets({ target, gap }: { target: number; gap: number }): string[] {
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    // Visually hidden elements (the skip link until focused) are 1×1 px.
    return element.checkVisibility({ visibilityProperty: true }) && box.width > 1 && box.height > 1;
  };
  const big = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width >= target - 0.5 && box.height >= target - 0.5;
  };
  const describe = (element: Element) => {
    const box = element.getBoundingClientRect();
    const what = element.getAttribute('href') ?? element.textContent?.trim().slice(0, 30);
    return `<${element.localName}> ${what} ${Math.round(box.width)}×${Math.round(box.height)}`;
  };
  const numbers = [...document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].filter(shown);
  const controls = new Set<Element>(
    [
      ...document.querySelectorAll(
        'button, summary, header a, footer a, nav a, quick-exit a, a[download], a[data-share], aside a',
      ),
    ].filter(shown),
  );
  for (const input of document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
    for (const label of input.labels ?? []) if (shown(label)) controls.add(label);
  }
  const problems: string[] = [];
  for (const control of controls) if (!big(control)) problems.push(`control ${describe(control)}`);
  for (const number of numbers) {
    if (big(number)) continue;
    // A number inside a sentence may stay inline when a full-size twin on the page dials the same number.
    const inline = getComputedStyle(number).display === 'inline';
    const twin = numbers.some(
      (other) => other !== number && other.getAttribute('href') === number.getAttribute('href') && big(other),
    );
    if (!(inline && twin)) problems.push(`number ${describe(number)}${inline ? ' (inline, no full-size twin)' : ''}`);
  }
  const boxes = numbers.map((number) => ({ number, box: number.getBoundingClientRect() }));
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      if (a.number.contains(b.number) || b.number.contains(a.number)) continue;
      const apart =
        a.box.right + gap <= b.box.left ||
        b.box.right + gap <= a.box.left ||
        a.box.bottom + gap <= b.box.top ||
        b.box.bottom + gap <= a.box.top;
      if (!apart) problems.push(`numbers ${describe(a.number)} and ${describe(b.number)} closer than ${gap}px`);
    }
  }
  return problems;
}

const paths = pagePaths();
const onDesktop = desktopSample(paths);

for (const path of paths) {
  test(`${path}: loads cleanly from its own origin, is accessible, fits a phone and switches language`, async ({
    page,
    context,
    watch,
    baseURL,
  }) => {
    // Axe on two widths and five checks in one visit: more than one check's time, still less than five visits.
    test.setTimeout(90_000);
    const { locale } = parseLocalePath(path);

    await test.step('loads cleanly, in its language, from its own origin only', async () => {
      await page.setViewportSize(DESKTOP);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
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

    if (onDesktop.has(path)) {
      await test.step('has no WCAG 2.2 AA violation at 1280px', async () => {
        expect.soft(await wcagViolations(page)).toEqual([]);
      });
    }

    await page.setViewportSize(PHONE);
    await test.step('has no WCAG 2.2 AA violation at 360px', async () => {
      expect.soft(await wcagViolations(page)).toEqual([]);
    });
    await test.step('at 360px: every stand-alone number and control is at least 44×44 px', async () => {
      expect.soft(await page.evaluate(smallTargets, { target: TARGET, gap: NUMBER_GAP })).toEqual([]);
    });

    await test.step('fits a 320px screen without sideways scrolling', async () => {
      await page.setViewportSize(NARROW_PHONE);
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    await test.step('the language switch leads to the same page in every other language', async () => {
      await page.setViewportSize(DESKTOP);
      const label = switchLabel(locale);
      // A QR code's capitalised short link switches to the short link as typed.
      const shortLink = /^(\/[a-z-]+)?\/go\//i.test(path);
      const twins = twinPaths(/^(\/[a-z-]+)?\/GO\//.test(path) ? path.toLowerCase() : path);
      for (const [index, twin] of twins.entries()) {
        // The page is already open for the first language; each further one starts from it again.
        if (index > 0) await page.goto(path);
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
  });
}
