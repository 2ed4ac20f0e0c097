import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { jsqrDecode, readVcard, svgToPng, zbarDecode } from '../../../tests/support/contact-qr-read.ts';
import { fixtureContact, fixturePhone } from './contact-fixtures.ts';
import { asciiText, contactQrText, voiceLines } from './contact-qr.ts';

const police = fixtureContact({
  id: 'kr/police',
  country: 'KR',
  name: { mn: 'Цагдаа', en: 'Police' },
  phones: [fixturePhone({ number: '112' }, 'KR')],
});
const embassy = fixtureContact({
  id: 'kr/embassy-seoul',
  country: 'KR',
  name: { mn: 'Сөүл дэх Монгол Улсын Элчин сайдын яам', en: 'Embassy of Mongolia in Seoul' },
  mission: { kind: 'embassy', city: { mn: 'Сөүл', en: 'Seoul' } },
  phones: [
    fixturePhone({ number: '02-798-3464' }, 'KR'),
    fixturePhone({ number: '02-798-3465', line: 'fax' }, 'KR'),
    fixturePhone({ number: '010-8205-3464', line: 'sms' }, 'KR'),
  ],
});
const immigration = fixtureContact({
  id: 'kr/immigration-contact-center',
  country: 'KR',
  name: { mn: 'Цагаачлалын төв', en: 'Immigration centre' },
  phones: [fixturePhone({ number: '1345', fromAbroad: '+82-1345' }, 'KR')],
});
const mongolian = fixtureContact({
  id: 'mfa-consular',
  country: 'MN',
  name: { mn: 'Гадаад харилцааны яамны консулын газар', en: 'Consular Department' },
  phones: [fixturePhone({ number: '1303' }, 'MN'), fixturePhone({ number: '8304-2222' }, 'MN')],
});

const kinds = {
  mn: {
    embassy: 'Элчин сайдын яам',
    'consulate-general': 'Ерөнхий консулын газар',
    consulate: 'Консулын газар',
    'permanent-mission': 'Байнгын төлөөлөгчийн газар',
    'honorary-consul': 'Өргөмжит консул',
  },
  en: {
    embassy: 'Embassy',
    'consulate-general': 'Consulate-General',
    consulate: 'Consulate',
    'permanent-mission': 'Permanent Mission',
    'honorary-consul': 'Honorary consul',
  },
};

describe('asciiText', () => {
  it('writes Mongolian as typed in Latin letters, keeping capitals', () => {
    expect(asciiText('Элчин сайдын яам')).toBe('Elchin saidiin yaam');
    expect(asciiText('Цагдаа')).toBe('Tsagdaa');
    expect(asciiText('Өмнөд Солонгос')).toBe('Omnod Solongos');
    expect(asciiText('Тусламж: Өмнөд Солонгос')).toBe('Tuslamj: Omnod Solongos');
  });

  it('leaves nothing outside printable ASCII', () => {
    const text = asciiText('Türkiye — Women’s hotline 1366 · 서울');
    expect(text).toBe("Turkiye - Women's hotline 1366");
    expect(text).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('voiceLines', () => {
  it('takes every voice number dialled from inside the country, and no fax or text, a mission by its kind', () => {
    expect(voiceLines([police, embassy, immigration], 'KR', 'en', kinds.en)).toEqual([
      { label: 'Police', dial: '112', written: '112' },
      { label: 'Embassy', dial: '+8227983464', written: '02-798-3464' },
      { label: 'Immigration centre', dial: '1345', written: '1345' },
    ]);
  });

  it('writes a number of another country in its international form, and leaves out what cannot be dialled from there', () => {
    expect(voiceLines([mongolian, immigration], 'JP', 'mn', kinds.mn)).toEqual([
      { label: 'Гадаад харилцааны яамны консулын газар', dial: '+97683042222', written: '+976 8304 2222' },
      { label: 'Цагаачлалын төв', dial: '+821345', written: '+82 1345' },
    ]);
  });
});

describe('contactQrText', () => {
  const text = contactQrText('Тусламж: Өмнөд Солонгос', [
    ...voiceLines([police, embassy], 'KR', 'mn', kinds.mn),
    { label: 'Цагдаа', dial: '112', written: '112' },
  ]);

  it('is a vCard 3.0 in ASCII with CRLF line ends', () => {
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toMatch(/^[\x20-\x7e\r\n]*$/);
  });

  it('parses back to its name, each number once, and a note naming each', () => {
    expect(readVcard(text)).toEqual({
      name: 'Tuslamj: Omnod Solongos',
      numbers: ['112', '+8227983464'],
      note: 'Tsagdaa 112\nElchin saidiin yaam 02-798-3464',
    });
  });

  it('escapes what vCard reserves, and writes a semicolon as a comma', () => {
    expect(readVcard(contactQrText('A, B; C\\D', [])).name).toBe('A, B, C\\D');
  });

  it('decodes from a QR code with zbar and jsQR to the same text', async () => {
    const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    const png = svgToPng(svg);
    expect(zbarDecode(png)).toEqual([text]);
    expect(jsqrDecode(png)).toBe(text);
  });
});
