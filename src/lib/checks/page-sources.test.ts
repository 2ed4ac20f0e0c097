import { describe, expect, it } from 'vitest';
import { sourceOfPage } from './page-sources.ts';

const files = new Set([
  'content/signs/mn/fake-job-offers.mdx',
  'content/signs/en/fake-job-offers.mdx',
  'content/rights/en/passport.mdx',
  'content/campaigns/mn/world-day-2027.mdx',
  'content/pages/mn/about.mdx',
  'content/pages/en/safety.mdx',
]);
const exists = (file: string) => files.has(file);

describe('sourceOfPage', () => {
  it('finds the MDX file of an article in either language', () => {
    expect(sourceOfPage('/signs/fake-job-offers', exists)).toBe('content/signs/mn/fake-job-offers.mdx');
    expect(sourceOfPage('/en/signs/fake-job-offers', exists)).toBe('content/signs/en/fake-job-offers.mdx');
    expect(sourceOfPage('/en/rights/passport', exists)).toBe('content/rights/en/passport.mdx');
    expect(sourceOfPage('/campaigns/world-day-2027', exists)).toBe('content/campaigns/mn/world-day-2027.mdx');
  });

  it('finds the MDX file of a prose page', () => {
    expect(sourceOfPage('/about', exists)).toBe('content/pages/mn/about.mdx');
    expect(sourceOfPage('/en/safety', exists)).toBe('content/pages/en/safety.mdx');
  });

  it('gives nothing for pages built from code or data', () => {
    expect(sourceOfPage('/', exists)).toBeUndefined();
    expect(sourceOfPage('/hotlines', exists)).toBeUndefined();
    expect(sourceOfPage('/abroad/kr', exists)).toBeUndefined();
    expect(sourceOfPage('/signs', exists)).toBeUndefined();
    expect(sourceOfPage('/en/signs/2', exists)).toBeUndefined();
    expect(sourceOfPage('/rights/passport', exists)).toBeUndefined();
  });
});
