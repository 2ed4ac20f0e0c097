import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../support/dist.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

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
