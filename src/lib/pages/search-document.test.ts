import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { documentForIndex, searchFilters } from './search-document.ts';

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

describe('documentForIndex', () => {
  it('leaves out pages without a searchable main', () => {
    expect(documentForIndex(page('mn', '<h1>Хуудас олдсонгүй</h1>', false), '/404')).toBeUndefined();
  });

  it('adds Latin spellings of Mongolian words, from the title and the main content only', () => {
    const document = parse(documentForIndex(page('mn', '<h1>Элчин сайдын яам</h1>'), '/abroad/kr')!);
    const added = document.querySelector('main > div:last-child')!.text;
    expect(added.split(' ')).toEqual(expect.arrayContaining(['tuslamj', 'elchin', 'saidiin', 'yaam']));
    expect(added).not.toContain('tsagdaa');
  });

  it('adds no Latin spellings to English pages', () => {
    const document = parse(documentForIndex(page('en', '<h1>Embassy</h1>'), '/en/abroad/kr')!);
    expect(document.querySelector('main > div:last-child')!.text).toBe('');
  });

  it('adds phone numbers as digits, locally and internationally', () => {
    const html = page(
      'en',
      '<a href="tel:+8227983464" class="whitespace-nowrap">02-798-3464</a><a href="tel:1345">1345</a>',
    );
    const added = parse(documentForIndex(html, '/en/abroad/kr')!).querySelector('main > div:last-child')!.text;
    expect(added.split(' ')).toEqual(['8227983464', '027983464', '1345']);
  });

  it('marks the kind and country filters', () => {
    const document = parse(documentForIndex(page('en', '<h1>Korea</h1>'), '/en/abroad/kr')!);
    expect(
      document
        .querySelectorAll('[data-pagefind-filter]')
        .map((element) => element.getAttribute('data-pagefind-filter')),
    ).toEqual(['kind:destination', 'country:KR']);
  });

  it('escapes what it adds', () => {
    const document = documentForIndex(page('en', '<a href="tel:112">a<b</a>'), '/x')!;
    expect(document).not.toContain('a<b ');
  });
});
