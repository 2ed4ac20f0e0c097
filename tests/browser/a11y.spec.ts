import AxeBuilder from '@axe-core/playwright';
import { pagePaths } from '../support/dist.ts';
import { expect, test } from '../support/fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const width of [360, 1280]) {
  for (const path of pagePaths()) {
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
