import { expect, test } from '../support/fixtures.ts';

test.describe('layout', () => {
  test('uses no web fonts', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.goto('/');
    const faces = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => rule.cssText),
      ),
    );
    expect(faces).toEqual([]);
    expect(await page.evaluate(() => document.fonts.size)).toBe(0);
    expect(fontRequests).toEqual([]);
  });

  test('renders Mongolian Ө ө Ү ү with a font from the site’s own stack, not a fallback', async ({ page }) => {
    await page.goto('/');
    const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(stack).toMatch(/^system-ui,/);
    const families = stack.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));

    await page.evaluate(() => {
      const sample = document.createElement('p');
      sample.id = 'mongolian-letters';
      sample.textContent = 'Ө ө Ү ү';
      document.querySelector('main')!.append(sample);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#mongolian-letters' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(families, `${font.familyName} rendered ${font.glyphCount} glyphs`).toContain(font.familyName);
  });

  test('prints the numbers without the controls', async ({ page }) => {
    await page.goto('/en');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('a[href="tel:102"]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
    await expect(page.locator('quick-exit')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Language' })).toBeHidden();
  });
});
