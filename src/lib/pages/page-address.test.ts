import { describe, expect, it } from 'vitest';
import { pageAddress } from './page-address.ts';

describe('pageAddress', () => {
  it.each([
    ['/en/abroad/kr.html', '/en/abroad/kr'],
    ['/abroad/kr', '/abroad/kr'],
    ['/index.html', '/'],
    ['/en/index.html', '/en'],
    ['/', '/'],
    ['/GO/KR.html', '/GO/KR'],
  ])('%s is %s', (path, address) => {
    expect(pageAddress(path)).toBe(address);
  });
});
