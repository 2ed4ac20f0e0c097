/**
 * Content's one component, `<Call id="…" />`, carried through a Markdown
 * renderer that knows nothing of components. Each call becomes a marker of
 * two private-use characters around the id in hexadecimal — text that
 * Markdown, smart punctuation and HTML escaping all leave as it is — and the
 * rendered HTML is cut back into its parts at the markers, so a page renders
 * the `Call` component in their place with the contact data of its build.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000([0-9a-f]*)\uE001/g;

/** Where a `<Call>` stands in the source text, by character offsets, and the id it gives. */
export interface CallSpan {
  start: number;
  end: number;
  id: string;
}

/** A piece of rendered prose: HTML as it is, or a call to render in its place. */
export type ProsePart = { html: string } | { call: string };

function toHex(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

function fromHex(hex: string): string {
  return Buffer.from(hex, 'hex').toString('utf8');
}

/** `source` with each span replaced by its call's marker. Spans must not overlap. */
export function withCallMarkers(source: string, calls: readonly CallSpan[]): string {
  let text = '';
  let at = 0;
  for (const call of [...calls].sort((a, b) => a.start - b.start)) {
    if (call.start < at) throw new Error(`Calls overlap at character ${call.start}`);
    text += source.slice(at, call.start) + OPEN + toHex(call.id) + CLOSE;
    at = call.end;
  }
  return text + source.slice(at);
}

/** Whether text holds the characters markers are made of, which content must not use itself. */
export function holdsMarkerCharacters(text: string): boolean {
  return text.includes(OPEN) || text.includes(CLOSE);
}

/** Rendered HTML cut at its markers, in order; no empty HTML parts. */
export function splitAtCallMarkers(html: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let at = 0;
  for (const match of html.matchAll(MARKER)) {
    if (match.index > at) parts.push({ html: html.slice(at, match.index) });
    parts.push({ call: fromHex(match[1]!) });
    at = match.index + match[0].length;
  }
  if (at < html.length) parts.push({ html: html.slice(at) });
  return parts;
}
