import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { searchFilters, searchRecord } from './search-document.ts';

const page = (lang: string, main: string, body = true) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>Тусламж</title></head><body>` +
  `<aside><a href="tel:102">Цагдаа 102</a></aside><main${body ? ' data-pagefind-body' : ''}>${main}</main></body></html>`;

describe('searchFilters', () => {
  it.each([
    ['/hotlines', { kind: 'hotline' }],
    ['/en/abroad', { kind: 'destination' }],
    ['/abroad/kr', { kind: 'destination', country: 'KR' }],
    ['/en/signs/fake-job-offers', { kind: 'sign' }],
    ['/rights/legal-aid', { kind: 'right' }],
    ['/campaigns/july-30', { kind: 'campaign' }],
    ['/about', { kind: 'page' }],
    ['/', { kind: 'page' }],
  ])('%s is %o', (path, filters) => {
    expect(searchFilters(path)).toEqual(filters);
  });
});

describe('searchRecord', () => {
  it('leaves out pages without a searchable main', () => {
    expect(searchRecord(page('mn', '<h1>Хуудас олдсонгүй</h1>', false), '/404')).toBeUndefined();
  });

  it('leaves out the later pages of a list, and keeps its first', () => {
    const list = page('en', '<h1>Warning signs</h1><ul><li><a href="/en/signs/x">X</a></li></ul>');
    expect(searchRecord(list, '/en/signs/2')).toBeUndefined();
    expect(searchRecord(list, '/en/signs')).toBeDefined();
  });

  it('adds no words to what is indexed, so excerpts show only the page’s own', () => {
    const record = searchRecord(page('mn', '<h1>Элчин сайдын яам</h1>'), '/abroad/kr')!;
    expect(parse(record.html).querySelector('main')!.text.split(/\s+/).filter(Boolean)).toEqual([
      'Элчин',
      'сайдын',
      'яам',
    ]);
  });

  it('keeps neighbouring elements’ words apart', () => {
    const record = searchRecord(page('mn', '<p>Турк</p><p>Цагдаа<span class="block">102</span></p>'), '/abroad/tr')!;
    expect(parse(record.html).querySelector('main')!.text).toMatch(/Турк\s+Цагдаа\s+102/);
    expect(record.words).toEqual(['тусламж', 'турк', 'цагдаа']);
  });

  it('gives the title’s and the main content’s words to the vocabulary, not the rest of the page', () => {
    expect(searchRecord(page('en', '<h1>Embassy</h1>'), '/en/abroad/kr')!.words).toEqual(['тусламж', 'embassy']);
  });

  it('marks the kind and country filters', () => {
    const document = parse(searchRecord(page('en', '<h1>Korea</h1>'), '/en/abroad/kr')!.html);
    expect(
      document
        .querySelectorAll('[data-pagefind-filter]')
        .map((element) => element.getAttribute('data-pagefind-filter')),
    ).toEqual(['kind:destination', 'country:KR']);
  });
});
