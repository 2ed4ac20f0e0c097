import { describe, expect, it } from 'vitest';
import { contactPathId, destinationQrPath, destinationVcardPath, vcardPath } from './vcard-paths.ts';

describe('vCard paths', () => {
  it('give every contact a country folder', () => {
    expect(contactPathId({ id: 'police', country: 'MN' })).toBe('mn/police');
    expect(contactPathId({ id: 'kr/embassy-seoul', country: 'KR' })).toBe('kr/embassy-seoul');
  });

  it('live under each language', () => {
    expect(vcardPath('mn', { id: 'police', country: 'MN' })).toBe('/vcard/mn/police.vcf');
    expect(vcardPath('en', { id: 'kr/embassy-seoul', country: 'KR' })).toBe('/en/vcard/kr/embassy-seoul.vcf');
    expect(destinationVcardPath('mn', 'kr')).toBe('/abroad/kr.vcf');
    expect(destinationVcardPath('en', 'kr')).toBe('/en/abroad/kr.vcf');
    expect(destinationQrPath('mn', 'kr')).toBe('/abroad/kr-qr.svg');
    expect(destinationQrPath('en', 'kr')).toBe('/en/abroad/kr-qr.svg');
  });
});
