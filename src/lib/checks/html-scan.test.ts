import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, scanStartTags } from './html-scan.ts';

interface ReadTag {
  name: string;
  attributes: Record<string, string | undefined>;
  text?: string;
}

/** Each start tag of `html`: its name, the `names` attributes asked for, and its text when it has one. */
function tags(html: string, names: readonly string[] = []): ReadTag[] {
  const read: ReadTag[] = [];
  scanStartTags(html, (tag) => {
    const attributes = Object.fromEntries(names.map((name) => [name, tag.attribute(name)]));
    read.push({ name: tag.name, attributes, ...(tag.text === undefined ? {} : { text: tag.text }) });
  });
  return read;
}

const names = (html: string) => tags(html).map((tag) => tag.name);

describe('scanStartTags', () => {
  it('reads every start tag in page order, names in lower case, end tags and text left out', () => {
    expect(
      names('<!DOCTYPE html><HTML lang="mn"><body><P>a < b</P><quick-exit></quick-exit><br/></body></HTML>'),
    ).toEqual(['html', 'body', 'p', 'quick-exit', 'br']);
  });

  it('reads attribute values in double, single or no quotes, and bare attributes', () => {
    const [a] = tags(`<a href="/x y" class='one two' id=three hidden data-x = "4">`, [
      'href',
      'class',
      'id',
      'hidden',
      'data-x',
      'rel',
    ]);
    expect(a!.attributes).toEqual({
      href: '/x y',
      class: 'one two',
      id: 'three',
      hidden: '',
      'data-x': '4',
      rel: undefined,
    });
  });

  it('keeps a > or quotes of the other kind inside a quoted value, and reads on after it', () => {
    const read = tags(`<a title="a > b" data-q='say "hi"' href=/x>text</a><b id="after">`, [
      'title',
      'data-q',
      'href',
      'id',
    ]);
    expect(read.map((tag) => [tag.name, tag.attributes])).toEqual([
      ['a', { title: 'a > b', 'data-q': 'say "hi"', href: '/x', id: undefined }],
      ['b', { title: undefined, 'data-q': undefined, href: undefined, id: 'after' }],
    ]);
  });

  it('reads attributes written without a space between them, and names in capitals', () => {
    const [a] = tags(`<A HREF="/x"ID='y'class=z/>`, ['href', 'id', 'class']);
    expect(a).toEqual({ name: 'a', attributes: { href: '/x', id: 'y', class: 'z/' } });
  });

  it('keeps the first of a repeated attribute, as browsers do', () => {
    expect(tags('<a id="first" id="second">', ['id'])[0]!.attributes.id).toBe('first');
  });

  it('decodes character references in values', () => {
    const [a] = tags(`<a href="/search?q=a&amp;b=&#x41;&#66;" title='&quot;&lt;x&gt;&quot; &copy;'>`, [
      'href',
      'title',
    ]);
    expect(a!.attributes).toEqual({ href: '/search?q=a&b=AB', title: '"<x>" &copy;' });
  });

  it('skips comments, including markup inside them and the short forms', () => {
    const html =
      '<p id="1"><!-- <a href="/hidden"> --><!--><b id="2"><!---><i id="3"><!-- x --!><u id="4"><!-- a -- b --><s id="5">';
    expect(tags(html, ['id']).map((tag) => `${tag.name}#${tag.attributes.id}`)).toEqual([
      'p#1',
      'b#2',
      'i#3',
      'u#4',
      's#5',
    ]);
  });

  it('skips declarations, processing instructions and bogus end tags', () => {
    expect(names('<!DOCTYPE html><?xml version="1.0"?><![CDATA[ <x> ]]><p></ 3 <q>></><b>')).toEqual(['p', 'b']);
  });

  it('reads no markup in the text of script, style, textarea and title, up to their own end tag', () => {
    const script = 'if (a<b && "</p>" && "<a href=x>") run(); // </scripts';
    const html =
      `<title>A <b> title</title><script type="module">${script}</SCRIPT ><style>a>b{content:"</a>"}</style >` +
      '<textarea><i>not a tag</i></textarea><p>';
    expect(tags(html, ['type'])).toEqual([
      { name: 'title', attributes: { type: undefined }, text: 'A <b> title' },
      { name: 'script', attributes: { type: 'module' }, text: script },
      { name: 'style', attributes: { type: undefined }, text: 'a>b{content:"</a>"}' },
      { name: 'textarea', attributes: { type: undefined }, text: '<i>not a tag</i>' },
      { name: 'p', attributes: { type: undefined } },
    ]);
  });

  it('gives where an element’s text is in the page', () => {
    const html = '<head><style media="print">p{}</style></head>';
    const found: [number, number, number, number][] = [];
    scanStartTags(html, (tag) => {
      if (tag.name === 'style') found.push([tag.start, tag.end, tag.textStart, tag.textEnd]);
    });
    expect(found).toEqual([[6, 27, 27, 30]]);
    expect(html.slice(27, 30)).toBe('p{}');
  });

  it('reads a script left open to the end of the page, and drops a tag the page ends inside', () => {
    expect(tags('<p><script>never closed <b>')).toEqual([
      { name: 'p', attributes: {} },
      { name: 'script', attributes: {}, text: 'never closed <b>' },
    ]);
    expect(names('<p><a href="/x')).toEqual(['p']);
    expect(names('<p><a href="/x" ')).toEqual(['p']);
  });

  it('reads noscript as markup, as a browser without JavaScript does', () => {
    expect(tags('<noscript><a href="/x">x</a></noscript>', ['href']).map((tag) => tag.name)).toEqual(['noscript', 'a']);
  });

  it('reads an end tag like a start tag, so a > inside its quoted value does not end it', () => {
    expect(names('<p></p title=">"><b>')).toEqual(['p', 'b']);
  });

  it('treats a lone < as text', () => {
    expect(names('1 < 2 <3 <-> <b>')).toEqual(['b']);
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes numeric references and the named ones a serializer writes, and leaves others', () => {
    expect(decodeCharacterReferences('&amp;&AMP;&lt;&gt;&quot;&apos;&#39;&#x41;&#X42;&nbsp;&copy;&amp')).toBe(
      "&&<>\"''AB\u00a0&copy;&amp",
    );
  });

  it('reads a reference to no character as the replacement character', () => {
    expect(decodeCharacterReferences('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});
