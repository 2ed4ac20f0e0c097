/**
 * Reads the start tags of an HTML page, and the text of its `<script>` and
 * `<style>` elements, in one pass over the text: what the steps after the
 * build need of a built page (its classes, ids, links and inline code), at a
 * fraction of the time and memory of building a document tree.
 *
 * It follows the tokenizer of the HTML standard where built pages can
 * differ (https://html.spec.whatwg.org/multipage/parsing.html#tokenization):
 * attribute values in double, single or no quotes, a `>` inside a quoted
 * value, a tag name or attribute in capitals, the first of a repeated
 * attribute, comments (`<!-- -->`, `<!-->`, `--!>`), `<!DOCTYPE>` and other
 * markup declarations, and elements whose text is not markup (`<script>`,
 * `<style>`, `<textarea>`, `<title>` …), which end only at their own end
 * tag. It keeps no tree, so it knows nothing of nesting, and it reads
 * `<noscript>` as markup, as a browser without JavaScript does. Foreign content
 * (`<svg>`, `<math>`) is read as HTML, and a `<script>` is taken to end at
 * its first `</script>` even inside an HTML comment in its text.
 */

/** A start tag as it was read; its methods read the page's text, so use it only inside the visit. */
export interface StartTag {
  /** The element's name, in lower case. */
  readonly name: string;
  /** Offsets of the tag in the page: `html.slice(start, end)` is `<a href="…">`. */
  readonly start: number;
  readonly end: number;
  /** The value of an attribute (by its lower-case name), character references decoded: `''` when it has none. */
  attribute(name: string): string | undefined;
  /**
   * For an element whose text is not markup (`script`, `style` …): the text
   * as written, up to its end tag (or the end of the page).
   */
  readonly text: string | undefined;
  /** Where that text starts and ends in the page. */
  readonly textStart: number;
  readonly textEnd: number;
}

/** Elements whose text is read as text up to their end tag: raw text, escapable raw text and script data. */
const TEXT_ELEMENTS = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

const TAB = 0x09;
const LINE_FEED = 0x0a;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const GREATER_THAN = 0x3e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

function isSpace(code: number): boolean {
  return code === SPACE || code === LINE_FEED || code === TAB || code === FORM_FEED || code === CARRIAGE_RETURN;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether `html` holds an upper-case ASCII letter between `start` and `end`. */
function hasCapital(html: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = html.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}

/** Reads attributes into reused arrays of offsets, so a tag costs no objects beyond its name. */
class Attributes {
  count = 0;
  readonly nameStarts: number[] = [];
  readonly nameEnds: number[] = [];
  /** The value's offsets; both -1 for an attribute with no value. */
  readonly valueStarts: number[] = [];
  readonly valueEnds: number[] = [];
  html = '';
  /** Where the name of the tag last read ends. */
  tagNameEnd = 0;

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const at = this.count++;
    this.nameStarts[at] = nameStart;
    this.nameEnds[at] = nameEnd;
    this.valueStarts[at] = valueStart;
    this.valueEnds[at] = valueEnd;
  }

  /** The first attribute called `name` (lower case), as browsers keep the first of a repeated one. */
  get(name: string): string | undefined {
    const { html } = this;
    for (let at = 0; at < this.count; at++) {
      const start = this.nameStarts[at]!;
      const end = this.nameEnds[at]!;
      if (end - start !== name.length) continue;
      if (!html.startsWith(name, start) && html.slice(start, end).toLowerCase() !== name) continue;
      const valueStart = this.valueStarts[at]!;
      if (valueStart < 0) return '';
      const value = html.slice(valueStart, this.valueEnds[at]!);
      return value.includes('&') ? decodeCharacterReferences(value) : value;
    }
    return undefined;
  }
}

/**
 * Reads the tag whose name starts at `nameStart`, its name's end and its
 * attributes into `attributes`: the offset just past its `>`; -1 when the
 * page ends inside the tag (a browser drops such a tag).
 */
function readTag(html: string, nameStart: number, attributes: Attributes): number {
  const length = html.length;
  let index = nameStart;
  while (index < length) {
    const code = html.charCodeAt(index);
    if (isSpace(code) || code === SLASH || code === GREATER_THAN) break;
    index++;
  }
  attributes.tagNameEnd = index;
  attributes.count = 0;
  while (index < length) {
    let code = html.charCodeAt(index);
    if (isSpace(code) || code === SLASH) {
      index++;
      continue;
    }
    if (code === GREATER_THAN) return index + 1;
    // An attribute's name: a first `=` belongs to it; it ends at a space, `/`, `>` or `=`.
    const attributeStart = index;
    index++;
    while (index < length) {
      code = html.charCodeAt(index);
      if (isSpace(code) || code === SLASH || code === GREATER_THAN || code === EQUALS) break;
      index++;
    }
    const attributeEnd = index;
    while (index < length && isSpace(html.charCodeAt(index))) index++;
    if (index >= length || html.charCodeAt(index) !== EQUALS) {
      attributes.add(attributeStart, attributeEnd, -1, -1);
      continue;
    }
    index++;
    while (index < length && isSpace(html.charCodeAt(index))) index++;
    if (index >= length) break;
    code = html.charCodeAt(index);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const close = html.indexOf(code === DOUBLE_QUOTE ? '"' : "'", index + 1);
      if (close < 0) break;
      attributes.add(attributeStart, attributeEnd, index + 1, close);
      index = close + 1;
    } else if (code === GREATER_THAN) {
      attributes.add(attributeStart, attributeEnd, index, index);
    } else {
      const valueStart = index;
      while (index < length) {
        code = html.charCodeAt(index);
        if (isSpace(code) || code === GREATER_THAN) break;
        index++;
      }
      attributes.add(attributeStart, attributeEnd, valueStart, index);
    }
  }
  return -1;
}

/** The offset of the end tag `</name` (any case) that ends a text element's text from `from`, or -1. */
function endTagOf(html: string, name: string, from: number): number {
  let index = from;
  for (;;) {
    index = html.indexOf('</', index);
    if (index < 0) return -1;
    const after = index + 2 + name.length;
    const matches =
      html.startsWith(name, index + 2) || html.slice(index + 2, after).toLowerCase() === name.toLowerCase();
    if (matches && after < html.length) {
      const next = html.charCodeAt(after);
      if (isSpace(next) || next === SLASH || next === GREATER_THAN) return index;
    }
    index += 2;
  }
}

/** The offset just past the comment or markup declaration that starts at `start` (`<!` or `<?`). */
function skipDeclaration(html: string, start: number): number {
  if (html.startsWith('<!--', start)) {
    // `<!-->` and `<!--->` end at once; otherwise at `-->`, or `--!>`.
    if (html.startsWith('>', start + 4)) return start + 5;
    if (html.startsWith('->', start + 4)) return start + 6;
    const close = html.indexOf('--', start + 4);
    for (let index = close; index >= 0; index = html.indexOf('--', index + 1)) {
      if (html.startsWith('-->', index)) return index + 3;
      if (html.startsWith('--!>', index)) return index + 4;
    }
    return html.length;
  }
  const close = html.indexOf('>', start + 2);
  return close < 0 ? html.length : close + 1;
}

/**
 * Calls `visit` with each start tag of `html`, in page order. The tag object
 * is reused from one call to the next: copy what you keep of it.
 */
export function scanStartTags(html: string, visit: (tag: StartTag) => void): void {
  const attributes = new Attributes();
  attributes.html = html;
  const tag = {
    name: '',
    start: 0,
    end: 0,
    text: undefined as string | undefined,
    textStart: -1,
    textEnd: -1,
    attribute: (name: string) => attributes.get(name),
  };
  const length = html.length;
  let index = 0;
  while (index < length) {
    const open = html.indexOf('<', index);
    if (open < 0 || open + 1 >= length) return;
    const next = html.charCodeAt(open + 1);
    if (isAsciiLetter(next)) {
      const end = readTag(html, open + 1, attributes);
      if (end < 0) return;
      const nameEnd = attributes.tagNameEnd;
      const name = hasCapital(html, open + 1, nameEnd)
        ? html.slice(open + 1, nameEnd).toLowerCase()
        : html.slice(open + 1, nameEnd);
      tag.name = name;
      tag.start = open;
      tag.end = end;
      tag.text = undefined;
      tag.textStart = -1;
      tag.textEnd = -1;
      index = end;
      if (TEXT_ELEMENTS.has(name)) {
        const close = endTagOf(html, name, end);
        tag.textStart = end;
        tag.textEnd = close < 0 ? length : close;
        tag.text = html.slice(tag.textStart, tag.textEnd);
        index = tag.textEnd;
      }
      visit(tag);
    } else if (next === SLASH) {
      // An end tag: read like a start tag, so a `>` in a quoted value does not end it; `</>` is nothing.
      const after = html.charCodeAt(open + 2);
      if (isAsciiLetter(after)) {
        const end = readTag(html, open + 2, attributes);
        if (end < 0) return;
        index = end;
      } else {
        index = skipDeclaration(html, open);
      }
    } else if (next === EXCLAMATION || next === QUESTION) {
      index = skipDeclaration(html, open);
    } else {
      index = open + 1;
    }
  }
}

/** The named references an HTML serializer writes, in each spelling the standard has. */
const NAMED_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['AMP', '&'],
  ['lt', '<'],
  ['LT', '<'],
  ['gt', '>'],
  ['GT', '>'],
  ['quot', '"'],
  ['QUOT', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/**
 * `text` with its character references decoded: numeric ones (`&#39;`,
 * `&#x27;`) and the named ones an HTML serializer writes (`&amp;`, `&lt;`,
 * `&gt;`, `&quot;`, `&apos;`, `&nbsp;`); any other `&…;` is left as written.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));?/g, (reference, decimal, hex, name) => {
    if (name !== undefined) {
      const character = NAMED_REFERENCES.get(name as string);
      return character !== undefined && reference.endsWith(';') ? character : reference;
    }
    const code = decimal !== undefined ? parseInt(decimal as string, 10) : parseInt(hex as string, 16);
    // A reference to no character, or a surrogate, is the replacement character, as browsers read it.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/**
 * One copy of each string kept from the pages, shared by every page that
 * holds it and detached from the page it was read in: V8 keeps a slice of a
 * long string as a view into the whole string, so a class name or a link
 * kept as read would keep its whole page in memory.
 */
export class StringPool {
  private readonly copies = new Map<string, string>();

  /** The pool's copy of `text`. */
  keep(text: string): string {
    let copy = this.copies.get(text);
    if (copy === undefined) {
      copy = Buffer.from(text, 'utf16le').toString('utf16le');
      this.copies.set(copy, copy);
    }
    return copy;
  }
}
