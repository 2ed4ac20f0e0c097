import { Worker } from 'node:worker_threads';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardElement, designFingerprint, drawCard, undrawableCharacters, type CardText } from './preview-card.ts';
import { WorkerPool } from './worker-pool.ts';

const text = {
  locale: 'mn' as const,
  siteName: 'Хүн худалдаалахын эсрэг',
  title: 'Өмнөд Солонгос: яаралтай утас, элчин сайдын яам',
  description: 'Үнэ төлбөргүй, 24 цагийн шуурхай утас.',
  address: 'example.org/abroad/kr',
};

describe('undrawableCharacters', () => {
  it('finds every letter of Mongolian Cyrillic and English drawable', () => {
    const mongolian = 'АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмноөпрстуүфхцчшщъыьэюя';
    const english = 'The quick brown fox jumps over the lazy dog 0123456789 «»“”‘’—–…№ ';
    expect(undrawableCharacters(mongolian + english)).toEqual([]);
  });

  it('names characters the font lacks, each once', () => {
    expect(undrawableCharacters('Монгол 中国 中 ᠮᠣᠩᠭᠣᠯ')).toEqual(['中', '国', 'ᠮ', 'ᠣ', 'ᠩ', 'ᠭ', 'ᠯ']);
  });
});

describe('cardElement', () => {
  it('holds the site name, title, description and address', () => {
    const strings = JSON.stringify(cardElement(text));
    for (const value of Object.values(text).filter((value) => value !== 'mn')) expect(strings).toContain(value);
  });

  it('sets a long title smaller than a short one', () => {
    const size = (title: string) => {
      const body = cardElement({ ...text, title }).props.children as ReturnType<typeof cardElement>[];
      const parts = body[1]!.props.children as ReturnType<typeof cardElement>[];
      return parts[1]!.props.style.fontSize as number;
    };
    expect(size('Тусламж')).toBeGreaterThan(
      size('Гадаадад ажиллах, суралцах, гэрлэх гэж буй хүмүүст: хаана залгах вэ'),
    );
  });
});

describe('drawCard', () => {
  it('draws a 1200×630 PNG with the text in it, with a palette', async () => {
    const bytes = await drawCard(text);
    const png = PNG.sync.read(Buffer.from(bytes));
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Colour type 3 in the header: one byte a pixel, indices into the card's few colours.
    expect(bytes[25]).toBe(3);
    expect(bytes.length).toBeLessThan(40_000);
    // Text is drawn in white on the blue ground: a blank card would have no white pixels.
    let white = 0;
    for (let index = 0; index < png.data.length; index += 4) {
      if (png.data[index]! > 240 && png.data[index + 1]! > 240 && png.data[index + 2]! > 240) white += 1;
    }
    expect(white).toBeGreaterThan(5_000);
  });

  it('draws Ө and Ү as letters, not as the empty boxes of a missing glyph', async () => {
    const inked = async (title: string) => {
      const png = PNG.sync.read(Buffer.from(await drawCard({ ...text, title, description: '.', address: '.' })));
      let count = 0;
      for (let index = 0; index < png.data.length; index += 4) if (png.data[index]! > 240) count += 1;
      return count;
    };
    // A missing glyph is drawn as the same box for every letter; real letters differ in ink.
    expect(await inked('ӨӨӨӨ')).not.toBe(await inked('ҮҮҮҮ'));
    expect(await inked('ӨӨӨӨ')).toBeGreaterThan(0);
  });
});

describe('the card worker', () => {
  it('draws on a worker thread the very bytes this thread draws', async () => {
    const worker = new URL('./preview-card-worker.ts', import.meta.url);
    const pool = new WorkerPool<CardText, Uint8Array>(() => new Worker(worker), 1);
    try {
      expect(Buffer.from(await pool.run(text)).equals(Buffer.from(await drawCard(text)))).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('designFingerprint', () => {
  it('is stable between calls', () => {
    expect(designFingerprint()).toBe(designFingerprint());
    expect(designFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
