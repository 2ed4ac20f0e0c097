/**
 * The picture a link preview shows: the site's name, the page's title and
 * description, and its address, drawn with Noto Sans from the npm package
 * `@fontsource/noto-sans` (Latin and both Cyrillic subsets, so Ө ө Ү ү
 * render). Nothing is fetched: the font files ship with the project.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Locale } from '../locales.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './page-metadata.ts';
import { encodePng } from './png-encoding.ts';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = dirname(require.resolve('@fontsource/noto-sans/package.json'));

/** The subsets of Noto Sans the card uses; together they cover Mongolian Cyrillic and English. */
export const FONT_SUBSETS = ['latin', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

/**
 * Satori draws a character with the first font in `fontFamily` that has it,
 * so each subset is registered under its own name and listed in turn.
 */
function cardFonts(): CardFont[] {
  return FONT_SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: `Noto Sans ${subset}`,
      data: readFileSync(join(FONT_PACKAGE, 'files', `noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

let fonts: CardFont[] | undefined;

/** The card fonts, read from disk once per build for the fingerprint and every drawing. */
function loadedFonts(): CardFont[] {
  fonts ??= cardFonts();
  return fonts;
}

type CodeRange = readonly [number, number];

/** The code points the bundled subsets cover, from the font package's own table. */
function coveredRanges(): CodeRange[] {
  const table = JSON.parse(readFileSync(join(FONT_PACKAGE, 'unicode.json'), 'utf8')) as Record<string, string>;
  return FONT_SUBSETS.flatMap((subset) =>
    (table[subset] ?? '').split(',').map((range): CodeRange => {
      const [from = '', to = from] = range.replace(/U\+/g, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  );
}

let ranges: CodeRange[] | undefined;

/** The characters of `text` the card's font cannot draw, each once, in order. */
export function undrawableCharacters(text: string): string[] {
  ranges ??= coveredRanges();
  const missing = new Set<string>();
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (/\s/.test(character)) continue;
    if (!ranges.some(([from, to]) => code >= from && code <= to)) missing.add(character);
  }
  return [...missing];
}

export interface CardText {
  locale: Locale;
  siteName: string;
  title: string;
  description: string;
  /** The page's address as people read it: host and path, no scheme. */
  address: string;
}

/** A satori element: what JSX would produce, written out since the site has no React. */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement[] };
}

const div = (style: CardElement['props']['style'], children?: string | CardElement[]): CardElement => ({
  type: 'div',
  props: { style, children },
});

const COLOURS = { ground: '#0b3d75', accent: '#f2c744', text: '#ffffff', quiet: '#dbe7f5' };
const PADDING = 64;

/** Long titles get smaller type so that three lines hold them. */
function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 60) return 64;
  return 54;
}

/** The card's layout: a band, the site's name, the title, the description and the address. */
export function cardElement(text: CardText): CardElement {
  const width = PREVIEW_WIDTH - 2 * PADDING;
  return div(
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLOURS.ground,
      color: COLOURS.text,
      fontFamily: FONT_SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', '),
    },
    [
      div({ display: 'flex', width: PREVIEW_WIDTH, height: 16, backgroundColor: COLOURS.accent }),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `48px ${PADDING}px` }, [
        div({ display: 'flex', fontSize: 30, fontWeight: 700, color: COLOURS.accent }, text.siteName),
        div(
          {
            display: 'block',
            width,
            marginTop: 32,
            fontSize: titleSize(text.title),
            fontWeight: 700,
            lineHeight: 1.15,
            lineClamp: 3,
          },
          text.title,
        ),
        div(
          {
            display: 'block',
            width,
            marginTop: 24,
            fontSize: 32,
            lineHeight: 1.35,
            lineClamp: 3,
            color: COLOURS.quiet,
          },
          text.description,
        ),
        div({ display: 'flex', marginTop: 'auto', fontSize: 28, color: COLOURS.quiet }, text.address),
      ]),
    ],
  );
}

/**
 * A fingerprint of everything that shapes a card besides its text: this
 * module's layout, the PNG encoder, the fonts and the drawing libraries. A change to any of
 * them redraws every card.
 */
export function designFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL(import.meta.url)));
  hash.update(readFileSync(new URL('./png-encoding.ts', import.meta.url)));
  for (const font of loadedFonts()) hash.update(font.data);
  for (const name of ['satori', '@resvg/resvg-js']) {
    hash.update(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version as string);
  }
  return hash.digest('hex');
}

/**
 * Draws a card as a PNG: satori lays it out as SVG, resvg paints it, and it is
 * encoded with a palette (see png-encoding.ts). Everything runs on the calling
 * thread: the build runs this on worker threads, one per core.
 */
export async function drawCard(text: CardText): Promise<Uint8Array> {
  const svg = await satori(cardElement(text) as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: loadedFonts(),
  });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.width, image.height, image.pixels).png;
}
