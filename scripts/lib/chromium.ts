/**
 * Debian's Chromium, as every tool of the project starts it: the browser
 * tests, Lighthouse, the search measurement and the icon drawing.
 */
import { existsSync } from 'node:fs';

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that let it run headless in a container, and keep it from calling home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws a message saying how to install Chromium when it is not there. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. Install it (on Debian: apt-get install chromium) or set CHROMIUM_PATH to its path.`,
    );
  }
}
