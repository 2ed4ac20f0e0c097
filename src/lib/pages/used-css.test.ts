import { describe, expect, it } from 'vitest';
import { pageVocabulary, usedCss } from './used-css.ts';

/** A page with these classes and elements (and, as every page, `html`, `head` and `body`). */
function page(classes: string[], elements: string[] = []) {
  return { classes: new Set(classes), elements: new Set(['html', 'head', 'body', ...elements]) };
}

describe('usedCss', () => {
  it('keeps a rule when the page has every class of its selector, and drops it otherwise', () => {
    const css = '.a{color:red}.a .b{color:blue}.c{color:green}';
    expect(usedCss(css, page(['a']))).toBe('.a{color:red}');
    expect(usedCss(css, page(['a', 'b', 'c']))).toBe('.a{color:red}.a .b{color:#00f}.c{color:green}');
  });

  it("matches Tailwind's escaped class names as the page writes them", () => {
    const css = '.my-0\\.5{margin-block:.125rem}.\\[overflow-wrap\\:anywhere\\]{overflow-wrap:anywhere}';
    expect(usedCss(css, page(['my-0.5']))).toBe('.my-0\\.5{margin-block:.125rem}');
    expect(usedCss(css, page(['[overflow-wrap:anywhere]']))).toBe(
      '.\\[overflow-wrap\\:anywhere\\]{overflow-wrap:anywhere}',
    );
  });

  it('needs a class inside :is() and :where() (one of their selectors) and :has(), never one inside :not()', () => {
    const css =
      ':is(:where(.group):target .group-target\\:text-\\[1\\.75rem\\]){font-size:1.75rem}' +
      ':where(.x,.y)>p{margin:0}.offer:has(.hint){display:block}.box:not(.open){display:none}';
    expect(usedCss(css, page(['group-target:text-[1.75rem]', 'offer', 'open'], ['p']))).toBe('');
    expect(usedCss(css, page(['x', 'box', 'open'], ['p']))).toBe(
      ':where(.x,.y)>p{margin:0}.box:not(.open){display:none}',
    );
    expect(usedCss(css, page(['group', 'group-target:text-[1.75rem]', 'y', 'offer', 'hint', 'box'], ['p']))).toBe(
      ':is(:where(.group):target .group-target\\:text-\\[1\\.75rem\\]){font-size:1.75rem}' +
        ':where(.x,.y)>p{margin:0}.offer:has(.hint){display:block}.box:not(.open){display:none}',
    );
  });

  it('keeps a responsive variant with its @media, and drops an @media or @supports left empty', () => {
    const css =
      '@media (width>=40rem){.sm\\:grid-cols-3{grid-template-columns:repeat(3,minmax(0,1fr))}}' +
      '@supports (display:grid){.grid{display:grid}}';
    expect(usedCss(css, page(['sm:grid-cols-3']))).toBe(
      '@media (width>=40rem){.sm\\:grid-cols-3{grid-template-columns:repeat(3,minmax(0,1fr))}}',
    );
    expect(usedCss(css, page([]))).toBe('');
  });

  it('keeps an emptied @layer as a statement, so the layers that follow keep their order', () => {
    const css = '@layer base{@supports (color:red){.gone{color:red}}}@layer utilities{.kept{color:red}}';
    expect(usedCss(css, page(['kept']))).toBe('@layer base;@layer utilities{.kept{color:red}}');
  });

  it('cuts a selector list to the selectors that can match', () => {
    expect(usedCss('.prose ul,.prose ol,.other{padding:0}', page(['prose'], ['ul']))).toBe('.prose ul{padding:0}');
  });

  it('drops element selectors for elements the page does not have', () => {
    const css = 'table{border-collapse:collapse}h1,h2{font-size:inherit}SUMMARY{display:list-item}';
    expect(usedCss(css, page([], ['h2', 'summary']))).toBe('h2{font-size:inherit}SUMMARY{display:list-item}');
  });

  it("keeps pseudo-elements of the page's elements, and a form control's parts only on a page with one", () => {
    const css =
      '.a:before{content:"›"}::placeholder{opacity:1}::file-selector-button{margin:0}' +
      '::-webkit-datetime-edit{display:inline-flex}::backdrop{margin:0}';
    expect(usedCss(css, page(['a']))).toBe('.a:before{content:"›"}::backdrop{margin:0}');
    expect(usedCss(css, page(['a'], ['input']))).toBe(css);
    expect(usedCss(css, page([], ['textarea']))).toBe('::placeholder{opacity:1}::backdrop{margin:0}');
  });

  it('takes attribute, id and other pseudo-class selectors to match', () => {
    const css = '[hidden]:where(:not([hidden=until-found])){display:none!important}#top:target{color:red}';
    expect(usedCss(css, page([]))).toBe(css);
  });

  it('keeps the custom properties the kept rules read, through other custom properties, and drops the rest', () => {
    const css =
      ':root{--used:1px;--unused:2px;--chain:var(--deep);--deep:3px;--only-gone:4px}' +
      '.a{width:var(--used);height:var(--missing,var(--chain))}.gone{width:var(--only-gone)}';
    expect(usedCss(css, page(['a']))).toBe(
      ':root{--used:1px;--chain:var(--deep);--deep:3px}.a{width:var(--used);height:var(--missing,var(--chain))}',
    );
  });

  it('drops a rule left with no declarations once its unread custom properties go', () => {
    const css = '@layer properties{@supports (color:red){*,:before{--tw-unread:0}}}.a{color:red}';
    expect(usedCss(css, page(['a']))).toBe('@layer properties;.a{color:red}');
  });

  it('writes kept numbers as they were: an integer in a custom property stays an integer', () => {
    const css = ':root{--z:3;--share:100%}.a{z-index:var(--z);width:var(--share)}';
    expect(usedCss(css, page(['a']))).toBe(css);
  });

  it('keeps @property and @keyframes only when a kept rule uses them', () => {
    const css =
      '@property --tw-leading{syntax:"*";inherits:false}@property --tw-unread{syntax:"*";inherits:false}' +
      '@keyframes spin{to{rotate:1turn}}@keyframes fade{to{opacity:0}}' +
      '.a{line-height:var(--tw-leading,1.5);animation:1s linear infinite spin}';
    expect(usedCss(css, page(['a']))).toBe(
      '@property --tw-leading{syntax:"*";inherits:false}@keyframes spin{to{rotate:1turn}}' +
        '.a{line-height:var(--tw-leading,1.5);animation:1s linear infinite spin}',
    );
  });

  it('keeps at-rules it does not know, and licence comments', () => {
    const css = '/*! tailwindcss | MIT License */\n@page{margin:1cm}@font-feature-values Font One{@styleset{nice:12}}';
    expect(usedCss(css, page([]))).toBe(css);
  });
});

describe('pageVocabulary', () => {
  it('reads the classes of every class attribute, however it is quoted, with character references decoded', () => {
    const html = `<div class="a  b\tsm:grid-cols-3"><p class='c'>x</p><i class=d></i><b class="content-[&#39;x&#39;] e&amp;f"></b></div>`;
    expect([...pageVocabulary(html).classes].sort()).toEqual(
      ['a', 'b', 'sm:grid-cols-3', 'c', 'd', "content-['x']", 'e&f'].sort(),
    );
  });

  it('does not take another attribute ending in "class" for one', () => {
    expect([...pageVocabulary('<a data-class="x" class="y">').classes]).toEqual(['y']);
  });

  it('reads no class or element written inside a script, a style or a comment', () => {
    const html =
      '<script>if (a<b) el.innerHTML = \'<dialog class="x">\'</script><style>.y{}</style><!-- <i class="z"> -->';
    expect(pageVocabulary(html)).toEqual({
      classes: new Set(),
      elements: new Set(['html', 'head', 'body', 'script', 'style']),
    });
  });

  it('names every element in lower case, and html, head and body even when the markup leaves their tags out', () => {
    const { elements } = pageVocabulary('<P>one</P><quick-exit></quick-exit><svg><circle/></svg>');
    expect([...elements].sort()).toEqual(['body', 'circle', 'head', 'html', 'p', 'quick-exit', 'svg']);
  });
});
