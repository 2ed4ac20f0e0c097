import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { holdsMarkerCharacters, splitAtCallMarkers, withCallMarkers } from './call-markers.ts';

const source = 'Call <Call id="police" /> or <Call id="kr/danuri" />.';
const spans = [
  { start: 5, end: 25, id: 'police' },
  { start: 29, end: 52, id: 'kr/danuri' },
];

describe('call markers', () => {
  it('replace each call and give it back, in order, after a Markdown renderer with smart punctuation', () => {
    const markdown = withCallMarkers(
      `"Quick" -- ${source}`,
      spans.map((s) => ({ ...s, start: s.start + 11, end: s.end + 11 })),
    );
    expect(markdown).not.toContain('<Call');
    const { html } = markdownToHtml(markdown, { features: { gfm: true, smartPunctuation: true } });
    expect(splitAtCallMarkers(html.trimEnd())).toEqual([
      { html: '<p>“Quick” – Call ' },
      { call: 'police' },
      { html: ' or ' },
      { call: 'kr/danuri' },
      { html: '.</p>' },
    ]);
  });

  it('carry any id through emphasis and escaping characters, which Markdown would otherwise read', () => {
    const id = '*a_b*<&>`Өө`';
    const html = markdownToHtml(withCallMarkers('x <Call />', [{ start: 2, end: 10, id }])).html;
    expect(splitAtCallMarkers(html)).toContainEqual({ call: id });
  });

  it('take spans in any order but refuse overlapping ones', () => {
    expect(withCallMarkers(source, [...spans].reverse())).toBe(withCallMarkers(source, spans));
    expect(() => withCallMarkers(source, [spans[0]!, { start: 10, end: 30, id: 'x' }])).toThrow(/overlap/);
  });

  it('leave HTML without markers whole, and give no empty parts', () => {
    expect(splitAtCallMarkers('<p>Text</p>')).toEqual([{ html: '<p>Text</p>' }]);
    expect(splitAtCallMarkers(withCallMarkers('<Call />', [{ start: 0, end: 8, id: 'police' }]))).toEqual([
      { call: 'police' },
    ]);
    expect(splitAtCallMarkers('')).toEqual([]);
  });

  it('know the characters they are made of', () => {
    expect(holdsMarkerCharacters('plain Өө text')).toBe(false);
    expect(holdsMarkerCharacters(withCallMarkers('<Call />', [{ start: 0, end: 8, id: 'x' }]))).toBe(true);
  });
});
