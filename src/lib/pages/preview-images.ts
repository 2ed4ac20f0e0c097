/**
 * The preview images of a built site: which to draw, from what each page
 * recorded for its Open Graph tags as it rendered, so a picture always says
 * what its page's preview says; and drawing them, each through a cache keyed by its text and the
 * card's design so an unchanged page is never redrawn.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { KeptFiles } from '../kept-files.ts';
import { PREVIEW_DIRECTORY, previewImagePath, type PageMetadataInput } from './page-metadata.ts';
import type { CardText } from './preview-card.ts';
import { undrawableCharacters } from './preview-card.ts';
import { pagePath } from '../host/static-host.ts';
import { assertNoProblems } from '../content/content-error.ts';

export interface PreviewImage {
  /** Where it goes, relative to `dist/`: `og/en/abroad/kr.png`. */
  file: string;
  /** The page it is drawn from, relative to `dist/`. */
  page: string;
  text: CardText;
}

/**
 * The images the built pages ask for, one per `og:image`, from what each page
 * recorded for link previews as it rendered (`shared`, by URL path); `pages`
 * are the built pages, relative to `dist/`, each of which must have recorded.
 * A page whose `og:url` is another page (a short link copying a help card)
 * shows that page's image and is not drawn from; so does a page that shows
 * its section's image (a warning sign). Problems name the page and the tag.
 */
export function previewImagesOf(
  shared: ReadonlyMap<string, PageMetadataInput>,
  pages: readonly string[],
): { images: PreviewImage[]; problems: string[] } {
  const byPath = new Map([...shared].map(([path, share]) => [pagePath(path.replace(/^\/+/, '')), share]));
  const images = new Map<string, PreviewImage>();
  const wanted = new Map<string, string>();
  const problems: string[] = [];
  for (const path of pages) {
    const share = byPath.get(pagePath(path));
    if (!share) {
      problems.push(`dist/${path}: recorded no link preview while it rendered; lay the page out with BaseLayout`);
      continue;
    }
    const tags = {
      'og:title': share.title.trim(),
      'og:description': share.description.trim(),
      'og:site_name': share.siteName.trim(),
    };
    const missing = Object.entries(tags).filter(([, value]) => value === '');
    if (missing.length > 0) {
      const names = missing.map(([name]) => name).join(', ');
      problems.push(`dist/${path}: ${names}: missing, so the page has no complete link preview`);
      continue;
    }
    const { 'og:title': title, 'og:description': description, 'og:site_name': siteName } = tags;
    const image = share.imageUrl;
    const file = decodeURIComponent(new URL(image).pathname).slice(1);
    if (!file.startsWith(`${PREVIEW_DIRECTORY}/`) || !file.endsWith('.png')) {
      problems.push(`dist/${path}: og:image: ${image} is not a preview image under /${PREVIEW_DIRECTORY}/`);
      continue;
    }
    const canonical = new URL(share.canonicalUrl);
    // A copy of another page (a short link) or a page showing its section's image draws nothing of its own.
    const ownImage = previewImagePath(decodeURIComponent(canonical.pathname)).slice(1);
    if (canonical.pathname !== pagePath(path) || file !== ownImage) {
      wanted.set(file, path);
      continue;
    }
    const text: CardText = {
      locale: share.locale,
      siteName,
      title,
      description,
      address: `${canonical.host}${canonical.pathname === '/' ? '' : canonical.pathname}`,
    };
    const undrawable = undrawableCharacters(`${text.siteName} ${text.title} ${text.description} ${text.address}`);
    if (undrawable.length > 0) {
      problems.push(
        `dist/${path}: og:title or og:description: the preview font has no ${undrawable.map((c) => `"${c}"`).join(', ')}`,
      );
      continue;
    }
    const other = images.get(file);
    if (other) {
      problems.push(`dist/${path}: og:image: ${image} is already the image of dist/${other.page}`);
      continue;
    }
    images.set(file, { file, page: path, text });
  }
  for (const [file, page] of wanted) {
    if (!images.has(file)) problems.push(`dist/${page}: og:image: /${file} is drawn from no page of the site`);
  }
  return { images: [...images.values()].sort((a, b) => a.file.localeCompare(b.file)), problems };
}

/** The cache key of one image: its text and everything else that shapes it. */
export function previewKey(text: CardText, design: string): string {
  return createHash('sha256')
    .update(design)
    .update(JSON.stringify([text.locale, text.siteName, text.title, text.description, text.address]))
    .digest('hex');
}

/** Drawn images by key, in a folder: a copy is taken instead of drawing again. */
export class PreviewCache extends KeptFiles {
  constructor(directory: string) {
    super(directory, '.png');
  }

  /** Stores an image. */
  async store(key: string, png: Uint8Array): Promise<void> {
    this.write(key, png);
  }
}

export interface DrawResult {
  drawn: number;
  cached: number;
}

/**
 * Writes every image into `dist`, from the cache where it can and drawn
 * otherwise; at most `parallel` drawings at once. An image that cannot be
 * drawn stops the build, naming its page, once every other image is written.
 */
export async function writePreviewImages(
  images: readonly PreviewImage[],
  options: {
    dist: string;
    cache: PreviewCache;
    design: string;
    draw: (text: CardText) => Promise<Uint8Array>;
    parallel?: number;
  },
): Promise<DrawResult> {
  const result: DrawResult = { drawn: 0, cached: 0 };
  const problems: string[] = [];
  const queue = [...images];
  const worker = async () => {
    for (let image = queue.shift(); image; image = queue.shift()) {
      const key = previewKey(image.text, options.design);
      const target = join(options.dist, image.file);
      if (options.cache.copyTo(key, target)) {
        result.cached += 1;
        continue;
      }
      let png: Uint8Array;
      try {
        png = await options.draw(image.text);
      } catch (error) {
        problems.push(`dist/${image.page}: /${image.file}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      await options.cache.store(key, png);
      options.cache.copyTo(key, target);
      result.drawn += 1;
    }
  };
  await Promise.all(Array.from({ length: options.parallel ?? 4 }, worker));
  assertNoProblems('Pages whose link preview image could not be drawn:', problems.sort());
  return result;
}
