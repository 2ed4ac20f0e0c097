/**
 * Debian's Chromium, as every tool of the project starts it: Lighthouse, the
 * search measurement, the icon and PDF drawing, and — in its headless-only
 * build — the browser tests.
 */
import { existsSync } from 'node:fs';

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Where Debian's headless shell is: `CHROMIUM_HEADLESS_SHELL_PATH`, or
 * Debian's. It is the same Chromium (engine, fonts, flags) without the
 * desktop browser around it, as Playwright runs headless tests by default;
 * its browser process needs about half the CPU time.
 */
export const HEADLESS_SHELL_PATH = process.env.CHROMIUM_HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell';

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

/** Throws a message saying how to install the headless shell when it is not there. */
export function assertHeadlessShell(): void {
  if (!existsSync(HEADLESS_SHELL_PATH)) {
    throw new Error(
      `Chromium's headless shell is not at ${HEADLESS_SHELL_PATH}. Install it (on Debian: apt-get install chromium-headless-shell) or set CHROMIUM_HEADLESS_SHELL_PATH to its path.`,
    );
  }
}
