import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFragment } from './pagefind-fragment.ts';

describe('readFragment', () => {
  const fragment = (json: object) => gzipSync(`pagefind_dcd${JSON.stringify(json)}`);

  it('reads the URL, title, indexed text and filters of a page', () => {
    expect(
      readFragment(
        fragment({
          url: '/abroad/kr.html',
          content: 'Солонгос. 112.',
          meta: { title: 'Солонгос' },
          filters: { kind: ['destination'] },
        }),
        'f',
      ),
    ).toEqual({
      url: '/abroad/kr.html',
      title: 'Солонгос',
      content: 'Солонгос. 112.',
      filters: { kind: ['destination'] },
    });
  });

  it('names the file when it is not a fragment', () => {
    expect(() => readFragment(Buffer.from('plain'), 'mn_1.pf_fragment')).toThrow(
      'mn_1.pf_fragment: not a gzipped Pagefind fragment',
    );
    expect(() => readFragment(fragment({ meta: {} }), 'mn_2.pf_fragment')).toThrow(
      'mn_2.pf_fragment: a Pagefind fragment without url or content',
    );
  });
});
