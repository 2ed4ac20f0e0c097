import AxeBuilder from '@axe-core/playwright';
import { pageType } from '../../src/lib/checks/page-budget.ts';
import { pagePaths } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Every page at the width of the phones it is made for; on a desktop, one
 * page of each type in each language (the layout differs by type, not by
 * page), since axe takes seconds a page and the suite must stay quick.
 */
function desktopSample(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = `${path.startsWith('/en') ? 'en' : 'mn'} ${pageType(path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const paths = pagePaths();
for (const [width, sample] of [
  [360, paths],
  [1280, desktopSample(paths)],
] as const) {
  for (const path of sample) {
    test(`${path} at ${width}px has no WCAG 2.2 AA violation`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
