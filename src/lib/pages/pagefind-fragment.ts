/**
 * Reads what Pagefind wrote of each page (its fragments), so that checks can
 * see what search holds: a page's address, title, indexed text and filters.
 */
import { gunzipSync } from 'node:zlib';

/** What Pagefind indexed of one page. */
export interface IndexedPage {
  /** The page's URL as Pagefind records it: its file's path (`/en/abroad/kr.html`, `/` for the home page). */
  url: string;
  /** The page's title as search shows it (its first heading). */
  title: string;
  /** The page's indexed text, as excerpts are cut from it. */
  content: string;
  /** The filters the page marked, by name. */
  filters: Record<string, string[]>;
}

// Pagefind gzips each fragment and starts its JSON with this signature.
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Reads one of Pagefind's page fragments (`pagefind/fragment/*.pf_fragment`). */
export function readFragment(bytes: Uint8Array, file: string): IndexedPage {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch {
    throw new Error(`${file}: not a gzipped Pagefind fragment`);
  }
  const json = text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text;
  const fragment = JSON.parse(json) as {
    url?: unknown;
    content?: unknown;
    meta?: { title?: unknown };
    filters?: Record<string, string[]>;
  };
  if (typeof fragment.url !== 'string' || typeof fragment.content !== 'string') {
    throw new Error(`${file}: a Pagefind fragment without url or content`);
  }
  const title = typeof fragment.meta?.title === 'string' ? fragment.meta.title : '';
  return { url: fragment.url, title, content: fragment.content, filters: fragment.filters ?? {} };
}
