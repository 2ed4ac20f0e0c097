import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { readCampaigns, readContactFiles, readShortLinks } from '../../src/loaders/content-files.ts';
import { callablePhones } from '../../src/lib/contacts/contacts.ts';
import { helpCard } from '../../src/lib/contacts/destinations.ts';
import { printedLinkProblems, qrUrl, shortLinkPaths } from '../../src/lib/links/short-links.ts';
import { parseSiteOrigin } from '../../src/lib/pages/site.ts';
import { candidateFiles } from '../../src/lib/host/static-host.ts';
import { DIST } from '../support/dist.ts';

const root = join(import.meta.dirname, '..', '..');
const origin = parseSiteOrigin(process.env.SITE_ORIGIN);
const { links, printed } = await readShortLinks(root);
const { hotlines, destinations, byId } = await readContactFiles(root);
const campaigns = await readCampaigns(root);

/** The built page a path answers with, as a static host finds it. */
function builtPage(path: string): string | undefined {
  for (const file of candidateFiles(path)) {
    try {
      return readFileSync(join(DIST, file), 'utf8');
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** The numbers the page a link leads to must offer as calls. */
function expectedCalls(target: string): string[] {
  const destination = destinations.find((each) => `abroad/${each.slug}` === target);
  if (destination) {
    const card = helpCard(destination, hotlines, byId);
    const mission = card.missions.find((contact) => callablePhones(contact).length > 0);
    return [callablePhones(card.emergency[0]!)[0]!.href, ...(mission ? [callablePhones(mission)[0]!.href] : [])];
  }
  if (target === 'abroad')
    return destinations.map((each) => callablePhones(helpCard(each, hotlines, byId).emergency[0]!)[0]!.href);
  if (target.startsWith('campaigns/')) {
    const slug = target.slice('campaigns/'.length);
    const call = campaigns.find((campaign) => campaign.slug === slug)!.data.mn.call;
    return call === undefined ? [] : [callablePhones(byId.get(call)!)[0]!.href];
  }
  return ['tel:102'];
}

describe('the short-link registry', () => {
  it('has a code for every destination and a general one', () => {
    const targets = new Set(links.map((link) => link.target));
    for (const destination of destinations) expect(targets, destination.slug).toContain(`abroad/${destination.slug}`);
    expect(targets).toContain('abroad');
  });

  it('keeps every printed code, unchanged', () => {
    expect(printedLinkProblems(links, printed)).toEqual([]);
  });
});

describe.each(links.map((link) => [link.code, link]))('/go/%s', (_, link) => {
  const paths = Object.values(shortLinkPaths(link.code));
  for (const path of [...paths, ...paths.map((each) => `/en${each}`)]) {
    it(`${path} answers with the help itself, not a redirect, and points to the full page`, () => {
      const html = builtPage(path);
      expect(html, `${path} is built`).toBeDefined();
      for (const href of expectedCalls(link.target)) expect(html).toContain(`href="${href}"`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      const prefix = path.startsWith('/en/') ? '/en' : '';
      expect(html).toContain(`<link rel="canonical" href="${origin}${prefix}/${link.target}">`);
      expect(html).not.toMatch(/http-equiv="refresh"/i);
    });
  }
});

describe('the page for a short link that does not exist', () => {
  for (const path of ['/go/404', '/GO/404', '/en/go/404', '/en/GO/404']) {
    it(`${path} lists every destination's help card and emergency number, and offers the closest code`, () => {
      const html = builtPage(path);
      expect(html, `${path} is built`).toBeDefined();
      const prefix = path.startsWith('/en/') ? '/en' : '';
      for (const destination of destinations) {
        expect(html).toContain(`href="${prefix}/abroad/${destination.slug}"`);
        expect(html).toContain(`href="${helpCard(destination, hotlines, byId).emergency[0]!.phones[0]!.href}"`);
      }
      expect(html).toContain('<short-link-guess');
      expect(html).toContain('<meta name="robots" content="noindex">');
    });
  }

  it('refuses a link that takes the code reserved for it', () => {
    expect(links.map((link) => link.code)).not.toContain('404');
  });
});

describe('npm run qr', () => {
  const out = mkdtempSync(join(tmpdir(), 'qr-'));
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'qr.ts'), '--out', out, '--any-origin', '--no-pdf'], {
    cwd: root,
    encoding: 'utf8',
    env: process.env,
  });

  it('shows progress for every code, then refuses a sheet with a line that breaks the print rule, naming it', () => {
    // Today's Foreign Ministry line comes from a 2020 appointment notice: not
    // an official statement of a 24-hour line. Once content meets the print
    // rule, this expectation changes with it (see scripts/lib/print-job.test.ts).
    expect(run.status, run.stdout).toBe(1);
    expect(run.stderr).toContain('break the print rule');
    expect(run.stderr).toMatch(/^content\/hotlines\/mfa-consular\.yaml: .+\(83042222\)$/m);
    expect(existsSync(join(out, 'inserts.html'))).toBe(false);
    for (const [index, link] of links.entries()) {
      expect(run.stdout).toContain(`[${index + 1}/${links.length}] ${link.code}:`);
    }
  });

  it.each(links.map((link) => [link.code]))(
    'writes a QR code for "%s" that an independent decoder reads as its URL in capitals',
    (code) => {
      const url = qrUrl(origin, code);
      const png = PNG.sync.read(readFileSync(join(out, 'qr', `${code}.png`)));
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data).toBe(url);
      expect(url).toBe(url.toUpperCase());

      // Alphanumeric mode, error correction M, and a quiet zone of 4 modules on every side.
      const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
      expect(qr.segments.map((segment) => segment.mode.id)).toEqual(['Alphanumeric']);
      expect(qr.errorCorrectionLevel.bit).toBe(
        QRCode.create('X', { errorCorrectionLevel: 'M' }).errorCorrectionLevel.bit,
      );
      const scale = png.width / (qr.modules.size + 8);
      expect(Number.isInteger(scale)).toBe(true);
      const white = (x: number, y: number) => png.data[(y * png.width + x) * 4] === 255;
      for (let offset = 0; offset < png.width; offset += 1) {
        for (const edge of [0, 4 * scale - 1]) {
          expect(white(offset, edge) && white(edge, offset)).toBe(true);
        }
      }

      const svg = readFileSync(join(out, 'qr', `${code}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 (\d+) \1"/);
      expect(svg).toContain(`viewBox="0 0 ${qr.modules.size + 8} ${qr.modules.size + 8}"`);
    },
  );
});
