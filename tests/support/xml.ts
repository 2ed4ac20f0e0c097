/**
 * A small, strict reader of XML for checking the site's feeds without a new
 * dependency: it refuses what an XML parser must refuse — a tag left open or
 * closed out of order, a bare `&` or `<`, an unquoted or repeated attribute,
 * text or a second element outside the root — and gives the element tree
 * with text and attribute values decoded. No DTDs, CDATA or processing
 * instructions beyond the XML declaration: the site writes none.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, decoded, without its children's. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = '[A-Za-z_][\\w:.-]*';
const TOKEN = new RegExp(
  [
    '(<!--[\\s\\S]*?-->)',
    `<\\/(${NAME})\\s*>`,
    `<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(\\/?)>`,
    '([^<]+)',
  ].join('|'),
  'y',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');

function decode(text: string, where: string): string {
  return text.replace(/&([^;&\s]*);?/g, (reference, name: string) => {
    if (!reference.endsWith(';')) throw new Error(`${where}: "&" must start an entity such as &amp;`);
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    const code = /^#(\d+)$/.exec(name)?.[1] ?? /^#x([0-9a-fA-F]+)$/.exec(name)?.[1];
    if (code === undefined) throw new Error(`${where}: unknown entity ${reference}`);
    return String.fromCodePoint(name.startsWith('#x') ? parseInt(code, 16) : Number(code));
  });
}

/** Parses an XML document; throws a message naming the first reason it is not well formed. */
export function parseXml(source: string): XmlElement {
  const body = source.replace(/^<\?xml\s[^?]*\?>/, '');
  if (/<\?/.test(body)) throw new Error('a processing instruction other than the XML declaration at the start');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(body);
    if (!match) throw new Error(`offset ${at}: "${body.slice(at, at + 20)}" is not well-formed XML`);
    const [, comment, closing, opening, attributes = '', selfClosing, text] = match;
    if (comment !== undefined) continue;
    const parent = stack.at(-1);
    if (text !== undefined) {
      if (parent) parent.text += decode(text, `<${parent.name}>`);
      else if (text.trim() !== '') throw new Error(`offset ${at}: text outside the root element`);
      continue;
    }
    if (closing !== undefined) {
      if (parent?.name !== closing)
        throw new Error(`offset ${at}: </${closing}> closes <${parent?.name ?? 'nothing'}>`);
      stack.pop();
      continue;
    }
    const element: XmlElement = { name: opening!, attributes: {}, children: [], text: '' };
    for (const [, name, double, single] of attributes.matchAll(ATTRIBUTE)) {
      if (name! in element.attributes) throw new Error(`<${opening}>: attribute ${name} is repeated`);
      element.attributes[name!] = decode(double ?? single ?? '', `<${opening} ${name}>`);
    }
    if (parent) parent.children.push(element);
    else if (root) throw new Error(`offset ${at}: a second root element <${opening}>`);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child of `element` named `name`; throws when there is none or more than one. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}>, expected one`);
  return found[0]!;
}
