import { describe, expect, it } from 'vitest';
import { PRODUCTION_BUILD_COMMAND, productionOriginProblem, productionReportProblem } from './production-origin.ts';

describe('productionOriginProblem', () => {
  it('takes a public https origin', () => {
    expect(productionOriginProblem('https://example.org')).toBeUndefined();
    expect(productionOriginProblem(' https://Help.Example.org/ ')).toBeUndefined();
  });

  it('refuses no origin, this machine, plain http and what is not an origin, in one line saying how to set it', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'SITE_ORIGIN is not set'],
      ['  ', 'SITE_ORIGIN is not set'],
      ['http://localhost:4321', 'SITE_ORIGIN http://localhost:4321 is this machine, not the public site'],
      ['https://localhost', 'SITE_ORIGIN https://localhost is this machine, not the public site'],
      ['https://127.0.0.1:8080', 'SITE_ORIGIN https://127.0.0.1:8080 is this machine, not the public site'],
      ['https://[::1]', 'SITE_ORIGIN https://[::1] is this machine, not the public site'],
      ['http://example.org', 'SITE_ORIGIN http://example.org is not https'],
      ['example.org', 'SITE_ORIGIN: "example.org" is not a URL'],
      ['https://example.org/site', 'SITE_ORIGIN: "https://example.org/site" must be an origin only'],
    ];
    for (const [value, reason] of cases) {
      const problem = productionOriginProblem(value);
      expect(problem, String(value)).toMatch(new RegExp(`^${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(problem).toContain(PRODUCTION_BUILD_COMMAND);
      expect(problem).not.toContain('\n');
    }
  });
});

describe('productionReportProblem', () => {
  it('takes an address on a real domain', () => {
    expect(productionReportProblem('numbers@ngo.mn', 'content/reports.yaml')).toBeUndefined();
    expect(productionReportProblem('editors@examples.org', 'content/reports.yaml')).toBeUndefined();
  });

  it('refuses the domains reserved for examples and tests, in one line naming the file and field', () => {
    for (const email of [
      'numbers@editors.invalid',
      'a@example.org',
      'a@mail.example.com',
      'a@site.test',
      'a@x.example',
    ]) {
      const problem = productionReportProblem(email, 'content/reports.yaml');
      expect(problem, email).toMatch(
        new RegExp(`^content/reports\\.yaml: email: "${email.replace(/\./g, '\\.')}" reaches nobody`),
      );
      expect(problem).not.toContain('\n');
    }
  });
});
