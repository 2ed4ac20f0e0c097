/**
 * A destination whose file is renamed keeps its old addresses. This builds a
 * copy of the site with content/countries/kr.yaml renamed to kr-new.yaml and
 * `formerSlugs: [kr]` added: the build passes, the host redirects the old
 * help card and its vCard to the new ones in every language, and the printed
 * short link `/go/kr`, whose target still names `abroad/kr`, answers with the
 * Korean help — the registry and the record of printed codes unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destinationVcardPath, vcardPath } from '../../src/lib/contacts/vcard-paths.ts';
import { parseRedirectsFile } from '../../src/lib/host/redirects-file.ts';
import { LOCALES, localePath } from '../../src/lib/locales.ts';
import { SITE_MAP, sectionPath } from '../../src/lib/site-map.ts';
import { ProjectCopy } from './project-copy.ts';

const KR = 'content/countries/kr.yaml';
const MOVED = 'content/countries/kr-new.yaml';

const project = new ProjectCopy();
afterAll(() => project.dispose());

let output = '';
let status: number | null = null;
const korea = load(project.read(KR)) as { name: Record<string, string> };
const linksBefore = project.read('content/links.yaml');
const printedBefore = project.read('content/printed-links.json');

beforeAll(() => {
  project.write(MOVED, `${project.read(KR)}formerSlugs: [kr]\n`);
  project.remove(KR);
  ({ status, output } = project.build());
}, 600_000);

/** A built page's HTML, by its URL path. */
const page = (path: string) => readFileSync(join(project.root, 'dist', `${path.replace(/^\//, '')}.html`), 'utf8');

describe('a renamed destination with formerSlugs', () => {
  it('builds, with the short-link registry and the record of printed codes as they were', () => {
    expect(status, output).toBe(0);
    expect(project.read('content/links.yaml')).toBe(linksBefore);
    expect(project.read('content/printed-links.json')).toBe(printedBefore);
  });

  it('answers at the new address only', () => {
    for (const locale of LOCALES) {
      const at = (slug: string) =>
        join(project.root, 'dist', `${localePath(locale, sectionPath(SITE_MAP.abroad, slug))}.html`);
      expect(existsSync(at('kr-new')), locale).toBe(true);
      expect(existsSync(at('kr')), locale).toBe(false);
    }
  });

  it('keeps each contact’s vCard where it was: its path carries the country code, not the slug', () => {
    for (const locale of LOCALES) {
      expect(
        existsSync(join(project.root, 'dist', vcardPath(locale, { id: 'kr/police', country: 'KR' }))),
        locale,
      ).toBe(true);
    }
  });

  it('redirects the old help card and its vCard to the new ones, in every language', () => {
    const redirects = parseRedirectsFile(readFileSync(join(project.root, 'dist', '_redirects'), 'utf8'));
    for (const locale of LOCALES) {
      expect(redirects).toContainEqual({
        from: localePath(locale, sectionPath(SITE_MAP.abroad, 'kr')),
        to: localePath(locale, sectionPath(SITE_MAP.abroad, 'kr-new')),
        status: 301,
      });
      expect(redirects).toContainEqual({
        from: destinationVcardPath(locale, 'kr'),
        to: destinationVcardPath(locale, 'kr-new'),
        status: 301,
      });
    }
  });

  it('answers the printed /go/kr with the Korean help, pointing at the new address', () => {
    for (const locale of LOCALES) {
      const html = page(localePath(locale, `${SITE_MAP.shortLinks.route}/kr`));
      expect(html, locale).toContain(korea.name[locale]);
      expect(html, locale).toContain(`href="${destinationVcardPath(locale, 'kr-new')}"`);
      expect(html, locale).toMatch(
        new RegExp(`<link rel="canonical" href="[^"]*${localePath(locale, sectionPath(SITE_MAP.abroad, 'kr-new'))}"`),
      );
    }
  });
});
