/**
 * Draws the app icons in public/icons/ from the site's mark, with Chromium:
 * 192 and 512 px, and a 512 px "maskable" one whose mark sits inside the
 * safe zone a phone's round or square mask never cuts. Run after changing
 * the mark; the PNGs are committed.
 *
 *   npm run icons
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const BRAND = '#0b3d75';

/** The mark: a white cross on the brand colour; `inset` is the share of the side left around the cross. */
function mark(size: number, { rounded, inset }: { rounded: boolean; inset: number }): string {
  const arm = size * (1 - 2 * inset) * 0.5;
  const middle = size / 2;
  const stroke = size * (1 - 2 * inset) * 0.16;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${rounded ? size * 0.19 : 0}" fill="${BRAND}"/>
  <path d="M${middle} ${middle - arm}v${2 * arm}M${middle - arm} ${middle}h${2 * arm}" stroke="#fff" stroke-width="${stroke}" stroke-linecap="round"/>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, rounded: true, inset: 0.19 },
  { file: 'icon-512.png', size: 512, rounded: true, inset: 0.19 },
  // Masks keep the central 80%: the cross stays well inside it, the colour fills the rest.
  { file: 'icon-maskable-512.png', size: 512, rounded: false, inset: 0.28 },
];

const directory = join(process.cwd(), 'public', 'icons');
mkdirSync(directory, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, rounded, inset } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${mark(size, { rounded, inset })}</body></html>`,
    );
    writeFileSync(join(directory, file), await page.locator('svg').screenshot({ omitBackground: true }));
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
