import { expect, test } from '../support/fixtures.ts';

/** Each destination's phrase languages, written out again here: a change in the content must be deliberate. */
const LANGUAGES: Record<string, string[]> = {
  ae: ['ar', 'en'],
  ch: ['fr', 'de'],
  cn: ['zh-Hans'],
  cz: ['cs'],
  de: ['de'],
  hk: ['zh-Hant', 'en'],
  jp: ['ja'],
  kr: ['ko'],
  kz: ['ru', 'kk'],
  mo: ['zh-Hant', 'pt'],
  my: ['ms'],
  ru: ['ru'],
  th: ['th'],
  tr: ['tr'],
  us: ['en'],
};

/**
 * The share of a text's distinct letters drawn as a missing glyph: Chromium
 * draws every character no font has as the same box, so each letter is
 * measured alone, in place, against a character no font has (U+0378, unassigned).
 */
function missingGlyphShare(element: Element): number {
  const measure = (text: string) => {
    const span = document.createElement('span');
    span.textContent = text;
    element.append(span);
    const width = span.getBoundingClientRect().width;
    span.remove();
    return width;
  };
  const box = measure('\u0378');
  const letters = [...new Set([...(element.textContent ?? '')].filter((character) => /\p{L}/u.test(character)))];
  return letters.filter((letter) => Math.abs(measure(letter) - box) < 0.01).length / Math.max(letters.length, 1);
}

test('letters no installed font has are measured as missing, so the check below can fail', async ({ page }) => {
  await page.goto('/abroad/kr');
  const share = await page.evaluate((source) => {
    const check = new Function(`return (${source})`)() as (element: Element) => number;
    const element = document.createElement('p');
    // Kawi letters (Unicode 15, 2022): no font of the system has them.
    element.textContent = '\u{11F04}\u{11F05}\u{11F06}';
    document.querySelector('main')!.append(element);
    return check(element);
  }, missingGlyphShare.toString());
  expect(share).toBe(1);
});

for (const [slug, languages] of Object.entries(LANGUAGES)) {
  test(`/abroad/${slug}: the phrases in ${languages.join(', ')} render at 360 px with no missing glyph`, async ({
    page,
    watch,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/abroad/${slug}`);
    for (const lang of languages) {
      const id = `show-${lang.toLowerCase()}`;
      await page.locator(`a[href="#${id}"]`).click();
      const block = page.locator(`#${id}`);
      await expect(block).toBeInViewport();
      const phrases = block.locator(`ul[lang="${lang}"] > li > p:first-child`);
      expect(await phrases.count()).toBeGreaterThanOrEqual(3);
      const shares = await phrases.evaluateAll((elements, source) => {
        const check = new Function(`return (${source})`)() as (element: Element) => number;
        return elements.map((element) => ({ text: element.textContent, share: check(element) }));
      }, missingGlyphShare.toString());
      for (const { text, share } of shares) expect(share, `${lang}: ${text}`).toBeLessThan(0.5);
      // Opened, the block shows in large type and fits the screen.
      const size = await phrases.first().evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThanOrEqual(28);
      const overflow = await block.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, `${lang}: wider than the screen`).toBeLessThanOrEqual(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(watch.consoleErrors).toEqual([]);
  });
}
