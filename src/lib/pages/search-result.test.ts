import { describe, expect, it } from 'vitest';
import { resultPath } from './search-result.ts';

describe('resultPath', () => {
  it.each([
    ['/en/abroad/kr.html', '/en/abroad/kr'],
    ['/abroad.html', '/abroad'],
    ['/', '/'],
    ['/index.html', '/'],
    ['/en.html', '/en'],
    ['/en/index.html', '/en'],
    ['/abroad/kr.html#contact-kr-police', '/abroad/kr#contact-kr-police'],
    ['/signs/html-tricks.html', '/signs/html-tricks'],
  ])('%s leads to %s', (url, path) => {
    expect(resultPath(url)).toBe(path);
  });
});
