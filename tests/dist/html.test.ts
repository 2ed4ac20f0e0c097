import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A call link either is the number (kept on one line by the whitespace-nowrap class) or, as a
    // contact-link, holds a name and the number in a whitespace-nowrap span, which the test below
    // checks. Non-breaking characters inside the number would break copying it into a dialler.
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap', 'contact-link'] }],
  },
});

describe('HTML in dist/', () => {
  const pages = builtFiles().filter((file) => file.html !== undefined);

  it.each(pages.map((page) => [page.path, page.html!]))('%s is valid HTML', async (path, html) => {
    const report = await validator.validateString(html, path);
    const messages = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(messages).toEqual([]);
  });
});

describe('call links in dist/', () => {
  it('never break a number across lines', () => {
    const broken: string[] = [];
    for (const page of builtFiles().filter((file) => file.html !== undefined)) {
      for (const link of parse(page.html!).querySelectorAll('a[href^="tel:"]')) {
        const classes = link.classList;
        const number = classes.contains('contact-link') ? link.querySelector('.whitespace-nowrap') : link;
        if (!number || !number.classList.contains('whitespace-nowrap') || !/\d/.test(number.text)) {
          broken.push(`${page.path}: ${link.toString()}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
