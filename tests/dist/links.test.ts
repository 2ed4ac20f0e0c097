import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/checks/link-check.ts';
import { parseSiteOrigin } from '../../src/lib/pages/site.ts';
import { pagePath } from '../../src/lib/host/static-host.ts';
import { readLinkDomains } from '../../src/loaders/content-files.ts';
import { builtFiles, DIST } from '../support/dist.ts';

const origin = parseSiteOrigin(process.env.SITE_ORIGIN);
const allowedDomains = readLinkDomains(join(import.meta.dirname, '..', '..'));

describe('links in dist/', () => {
  it('has no internal link, asset or #anchor that leads nowhere, and links out only safely to listed sites', () => {
    const files = builtFiles();
    expect(files.filter((file) => file.html !== undefined).length).toBeGreaterThanOrEqual(8);
    const problems = checkLinks(files, origin, { allowedDomains }).map(
      ({ page, link, reason }) => `${page}: ${link}: ${reason}`,
    );
    expect(problems).toEqual([]);
  });

  it('links out to other sites, every one with rel="noreferrer"', () => {
    const outgoing = builtFiles().flatMap((file) =>
      [...(file.html ?? '').matchAll(/<a\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>/g)].map(([tag]) => tag),
    );
    expect(outgoing.length).toBeGreaterThan(100);
    expect(outgoing.filter((tag) => !/\brel="[^"]*\bnoreferrer\b/.test(tag))).toEqual([]);
  });

  it('lists in the sitemap every page search engines may index, and nothing else', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!));
    expect(listed.every((url) => url.origin === origin)).toBe(true);
    const indexable = builtFiles().filter(
      (file) => file.html !== undefined && !file.html.includes('name="robots" content="noindex"'),
    );
    const expected = indexable.map((file) => pagePath(file.path));
    expect(listed.map((url) => url.pathname).sort()).toEqual(expected.sort());
  });
});
