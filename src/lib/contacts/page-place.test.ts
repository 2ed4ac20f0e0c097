import { describe, expect, it } from 'vitest';
import { pagePlace } from './page-place.ts';

describe('pagePlace', () => {
  it('places a help card in its country', () => {
    expect(pagePlace('abroad/kr')).toEqual({ kind: 'destination', slug: 'kr' });
  });

  it('places the pages about being abroad abroad, in no one country', () => {
    expect(pagePlace('abroad')).toEqual({ kind: 'abroad' });
    expect(pagePlace('rights/help-abroad')).toEqual({ kind: 'abroad' });
  });

  it('places every other page in Mongolia', () => {
    for (const slug of ['', 'hotlines', 'check', 'signs/fake-job-offers', 'rights', 'abroad/kr/extra']) {
      expect(pagePlace(slug)).toEqual({ kind: 'mongolia' });
    }
  });
});
