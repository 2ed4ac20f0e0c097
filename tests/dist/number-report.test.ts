/**
 * "This number didn't work", as built: every contact card on every page has
 * one link, inside its folded sources, that opens the reader's own mail app
 * with a message to the editors' address in content/reports.yaml, naming the
 * contact, the numbers the card offers and the page it is on.
 */
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseSiteOrigin } from '../../src/lib/pages/site.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';
import { readContentFile } from '../../src/loaders/content-files.ts';
import { builtFiles } from '../support/dist.ts';

const address = readContentFile(join(import.meta.dirname, '..', '..'), 'reports');
const origin = parseSiteOrigin(process.env.SITE_ORIGIN);
const pages = builtFiles().filter((file) => file.html !== undefined);

/** A mailto or sms query's fields, decoded as a mail or messaging app reads them. */
function fields(href: string): Record<string, string> {
  const query = href.slice(href.indexOf('?') + 1);
  return Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((field) => {
        const [name, value = ''] = field.split('=');
        return [name!, decodeURIComponent(value)];
      }),
  );
}

const cards = pages.flatMap((file) =>
  parse(file.html!)
    .querySelectorAll('article[aria-labelledby^="contact-"]')
    .map((card) => ({ page: pagePath(file.path), card })),
);

describe('the report link of every contact card', () => {
  it('is on every card of every page that has cards', () => {
    expect(cards.length).toBeGreaterThan(500);
    expect(new Set(cards.map(({ page }) => page)).size).toBeGreaterThan(60);
  });

  it('is one mailto link inside the folded sources, never in reach of a thumb on the numbers', () => {
    const wrong = cards.flatMap(({ page, card }) => {
      const links = card.querySelectorAll('a[href^="mailto:"][data-number-report]');
      const folded = card.querySelectorAll('details a[href^="mailto:"][data-number-report]');
      return links.length === 1 && folded.length === 1 ? [] : [`${page} #${card.getAttribute('aria-labelledby')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('writes to the editors about this contact, its numbers and this page, read back as a mail app reads it', () => {
    const wrong: string[] = [];
    for (const { page, card } of cards) {
      const href = card.querySelector('a[data-number-report]')!.getAttribute('href')!;
      const url = new URL(href);
      const { subject = '', body = '' } = fields(href);
      const name = card.querySelector('h2, h3')!.textContent.trim();
      const numbers = card
        .querySelectorAll('a[href^="tel:"], a[href^="sms:"], a[href^="https://wa.me/"]')
        .filter((link) => !link.hasAttribute('data-number-report'))
        .map((link) => link.closest('p, div')!.querySelector('a')!.textContent.trim());
      const problems = [
        url.protocol !== 'mailto:' && 'not mailto',
        url.pathname !== address.email && `to ${url.pathname}`,
        !subject.includes(name) && 'subject without the name',
        !body.includes(name) && 'body without the name',
        !body.includes(`${origin}${page}\r\n`) && 'body without the page address',
        /[\s#]/.test(href) && 'raw space or # in the link',
        ...numbers.map((number) => !body.includes(number.replace(/\s+/g, '-')) && `body without ${number}`),
      ].filter(Boolean);
      if (problems.length > 0) wrong.push(`${page} ${name}: ${problems.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('also texts the editors where content/reports.yaml gives them a number, and never otherwise', () => {
    const texts = cards.map(({ card }) => card.querySelector('a[href^="sms:"][data-number-report]'));
    if (!address.sms) {
      expect(texts.filter(Boolean)).toEqual([]);
      return;
    }
    for (const link of texts) expect(link?.getAttribute('href')).toMatch(new RegExp(`^sms:\\${address.sms}\\?&body=`));
  });
});
