/**
 * Reads a contact QR code back the way a phone would, with tools independent
 * of those that made it: zbar's zbarimg or jsQR to decode the picture, ical.js
 * to parse the vCard it holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import ICAL from 'ical.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export interface ReadContact {
  name: string;
  /** The TEL values, in order. */
  numbers: string[];
  note: string;
}

/** The vCard's name, numbers and note, parsed by ical.js; throws if it is not a vCard. */
export function readVcard(text: string): ReadContact {
  const vcard = new ICAL.Component(ICAL.parse(text));
  if (vcard.name !== 'vcard') throw new Error(`not a vCard: ${text.slice(0, 40)}`);
  return {
    name: String(vcard.getFirstPropertyValue('fn')),
    numbers: vcard.getAllProperties('tel').map((property) => String(property.getFirstValue())),
    note: String(vcard.getFirstPropertyValue('note') ?? ''),
  };
}

/** An SVG drawn to PNG at `scale` pixels a module's worth, as a camera would see a clean print. */
export function svgToPng(svg: string, width = 600): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#fff' }).render().asPng());
}

/** Every code zbarimg finds in a PNG, one text each. */
export function zbarDecode(png: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'qr-read-')), 'code.png');
  writeFileSync(file, png);
  // zbar complains on stderr about a missing D-Bus; only its output matters. Without --raw,
  // each code starts "QR-Code:", which separates codes whose text spans lines.
  const out = execFileSync('zbarimg', ['-q', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out
    .split(/^QR-Code:/m)
    .slice(1)
    .map((text) => text.replace(/\n$/, ''));
}

/** The one code jsQR finds in a PNG, as text. */
export function jsqrDecode(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
