/**
 * Playwright fixtures shared by the browser tests. Every page is watched:
 * requests to any other origin are recorded and refused (there is no network
 * here, and the site must need none), console errors are collected, and so
 * are Content-Security-Policy violations, of which every test must end with
 * none. The quick-exit destination is answered by a stub, since it lies
 * outside.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../../src/lib/pages/quick-exit.ts';

export const NEUTRAL_PAGE_TEXT = 'Neutral page standing in for the quick-exit destination';

interface Watch {
  /** URLs the page asked for outside the site's origin (the quick-exit stub excluded). */
  offsite: string[];
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
  /** Content-Security-Policy violations: `page: directive blocked-uri`. A test that provokes one on purpose empties this. */
  cspViolations: string[];
}

/** Reports every CSP violation of every document to the test, before any of the page's own scripts run. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  window.reportCspViolation?.(event.effectiveDirective + ' ' + (event.blockedURI || 'inline') + ' ' + event.sourceFile + ':' + event.lineNumber);
});`;

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: Watch = { offsite: [], consoleErrors: [], cspViolations: [] };
      await context.exposeBinding('reportCspViolation', ({ page }, violation: string) => {
        watch.cspViolations.push(`${page.url()}: ${violation}`);
      });
      await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
      await context.route(
        () => true,
        async (route) => {
          const url = route.request().url();
          if (new URL(url).origin === origin) return route.continue();
          if (url.startsWith(QUICK_EXIT_URL)) {
            return route.fulfill({
              contentType: 'text/html; charset=utf-8',
              body: `<!doctype html><html lang="en"><title>Neutral</title><p>${NEUTRAL_PAGE_TEXT}</p></html>`,
            });
          }
          if (url.startsWith('data:')) return route.continue();
          watch.offsite.push(url);
          return route.abort('blockedbyclient');
        },
      );
      context.on('page', (page) => watchPage(page, watch));
      for (const page of context.pages()) watchPage(page, watch);
      await use(watch);
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

function watchPage(page: Page, watch: Watch) {
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`${page.url()}: ${error.message}`));
}

/** Waits until the service worker has kept the offline pages and controls the page. */
export async function offlineCopyReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

export { expect };
