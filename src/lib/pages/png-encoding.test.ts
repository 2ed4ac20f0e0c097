import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png-encoding.ts';

/** An opaque image whose pixel at (x, y) has the colour `colour(x, y)`. */
function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
  }
  return rgba;
}

/** The colour type byte of the PNG's header: 3 for a palette, 2 for RGB. */
const colourType = (png: Uint8Array) => png[25];

describe('encodePng', () => {
  it('writes an image of few colours with a palette, and it decodes to the same pixels', () => {
    // A flat card: a ground, a band, and an edge shading from one to the other.
    const rgba = image(40, 20, (x, y) => (y < 3 ? [242, 199, 68] : x < 30 ? [11, 61, 117] : [x * 8, x * 8, 255]));
    const { png, indexed } = encodePng(40, 20, rgba);
    expect(indexed).toBe(true);
    expect(colourType(png)).toBe(3);
    const decoded = PNG.sync.read(Buffer.from(png));
    expect([decoded.width, decoded.height]).toEqual([40, 20]);
    expect(Buffer.compare(decoded.data, Buffer.from(rgba))).toBe(0);
  });

  it('writes an image of more than 256 colours as RGB, still losslessly', () => {
    const rgba = image(30, 20, (x, y) => [x, y, (x * 7 + y * 13) % 256]);
    const { png, indexed } = encodePng(30, 20, rgba);
    expect(indexed).toBe(false);
    expect(colourType(png)).toBe(2);
    expect(Buffer.compare(PNG.sync.read(Buffer.from(png)).data, Buffer.from(rgba))).toBe(0);
  });

  it('uses a palette at exactly 256 colours and RGB at 257', () => {
    const colours = (count: number) => image(count, 1, (x) => [x % 256, Math.floor(x / 256), 0]);
    expect(encodePng(256, 1, colours(256)).indexed).toBe(true);
    expect(encodePng(257, 1, colours(257)).indexed).toBe(false);
  });

  it('gives the same bytes for the same pixels, wherever they lie in memory', () => {
    const rgba = image(16, 16, (x, y) => [x * 16, y * 16, 0]);
    // Pixels that do not start on a 4-byte boundary of their buffer.
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(encodePng(16, 16, shifted).png).toEqual(encodePng(16, 16, rgba).png);
  });

  it('refuses transparent pixels and a wrong number of bytes', () => {
    const rgba = image(2, 2, () => [0, 0, 0]);
    rgba[7] = 128;
    expect(() => encodePng(2, 2, rgba)).toThrow(/transparent/);
    expect(() => encodePng(3, 2, rgba)).toThrow(/16 bytes of pixels for a 3×2 image/);
  });
});
