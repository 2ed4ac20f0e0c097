import { defineConfig } from '@playwright/test';
import { assertHeadlessShell, CHROMIUM_ARGS, HEADLESS_SHELL_PATH } from './scripts/lib/chromium.ts';
import { freePort } from './scripts/lib/free-port.ts';

assertHeadlessShell();

// Workers re-read this file; they must reuse the port the main process chose.
const port = Number((process.env.TEST_PORT ??= String(await freePort())));

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  // Every core: the tests are bound by Chromium's and axe's CPU time, not by waiting (Playwright's default is half).
  workers: '100%',
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: HEADLESS_SHELL_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
