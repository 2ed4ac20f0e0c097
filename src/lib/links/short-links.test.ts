import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  destinationLinkProblems,
  printedLinkProblems,
  qrUrl,
  recordPrinted,
  shortLinkWords,
  shortLinkPaths,
  typedUrl,
  type ShortLinkEntry,
} from './short-links.ts';

describe('short link URLs', () => {
  it('answer in lower case and as the QR code writes them', () => {
    expect(shortLinkPaths('kr')).toEqual({ lower: '/go/kr', upper: '/GO/KR' });
    expect(typedUrl('https://example.org', 'kr')).toBe('example.org/go/kr');
  });

  it('put the whole QR URL in capitals, which QR alphanumeric mode encodes', () => {
    const url = qrUrl('https://example.org', 'help');
    expect(url).toBe('HTTPS://EXAMPLE.ORG/GO/HELP');
    expect(QRCode.create(url, { errorCorrectionLevel: 'M' }).segments.map((segment) => segment.mode.id)).toEqual([
      'Alphanumeric',
    ]);
  });
});

describe('printed codes', () => {
  const printed = { edition: 'Passport insert, first edition', date: '2027-01-15' };
  const registry: ShortLinkEntry[] = [
    { code: 'kr', target: 'abroad/kr', printed },
    { code: 'jp', target: 'abroad/jp' },
  ];
  const lock: ShortLinkEntry[] = [{ code: 'kr', target: 'abroad/kr', printed }];

  it('accept a registry that keeps every printed code as printed', () => {
    expect(printedLinkProblems(registry, lock)).toEqual([]);
  });

  it('refuse a printed code removed, renamed or pointed elsewhere', () => {
    expect(printedLinkProblems([{ code: 'kor', target: 'abroad/kr', printed }], lock)).toContain(
      'content/links.yaml: kr: was printed (Passport insert, first edition) and must not be removed or renamed',
    );
    expect(printedLinkProblems([{ code: 'kr', target: 'abroad/jp', printed }], lock)).toEqual([
      'content/links.yaml: kr.target: was printed leading to "abroad/kr" and must keep leading there',
    ]);
    expect(printedLinkProblems([{ code: 'kr', target: 'abroad/kr' }], lock)).toEqual([
      'content/links.yaml: kr.printed: differs from what content/printed-links.json recorded when it was printed',
    ]);
  });

  it('ask for a newly printed code to be recorded, and record it without touching older records', () => {
    const newly = [...registry, { code: 'cn', target: 'abroad/cn', printed }];
    expect(printedLinkProblems(newly, lock)).toEqual([
      'content/links.yaml: cn.printed: is not yet recorded in content/printed-links.json; run "npm run qr"',
    ]);
    const updated = recordPrinted(newly, lock);
    expect(updated).toEqual([...lock, { code: 'cn', target: 'abroad/cn', printed }]);
    expect(printedLinkProblems(newly, updated)).toEqual([]);
  });
});

describe('shortLinkWords', () => {
  const links: ShortLinkEntry[] = [
    { code: 'kr', target: 'abroad/kr' },
    { code: 'kp', target: 'abroad/kp' },
    { code: 'help', target: 'abroad' },
  ];
  const places = [
    { slug: 'kr', formerSlugs: [], name: { mn: 'Өмнөд Солонгос', en: 'South Korea' } },
    { slug: 'kp', formerSlugs: [], name: { mn: 'Хойд Солонгос', en: 'North Korea' } },
  ];
  const words = shortLinkWords(links, places);

  it('lists every code and the names of its country in Latin letters', () => {
    expect(words).toMatchObject({ kr: 'kr', kp: 'kp', help: 'help', southkorea: 'kr', omnod: 'kr', hoid: 'kp' });
    expect(words.northkorea).toBe('kp');
  });

  it('drops words two countries share', () => {
    expect(words.korea).toBeUndefined();
    expect(words.solongos).toBeUndefined();
  });

  it('knows a destination by a link to its former slug', () => {
    const moved = [{ slug: 'kr-new', formerSlugs: ['kr'], name: { mn: 'Өмнөд Солонгос', en: 'South Korea' } }];
    expect(shortLinkWords(links, moved)).toMatchObject({ southkorea: 'kr', solongos: 'kr' });
  });
});

describe('destinationLinkProblems', () => {
  const registry: ShortLinkEntry[] = [
    { code: 'help', target: 'abroad' },
    { code: 'kr', target: 'abroad/kr' },
    { code: 'jp', target: 'abroad/jp' },
  ];

  const places = (...slugs: string[]) => slugs.map((slug) => ({ slug, formerSlugs: [] }));

  it('accepts a registry with a short link to every destination', () => {
    expect(destinationLinkProblems(registry, places('kr', 'jp'))).toEqual([]);
  });

  it('accepts a link to a former slug as the link of the destination that moved from it', () => {
    expect(destinationLinkProblems(registry, [...places('kr'), { slug: 'japan', formerSlugs: ['jp'] }])).toEqual([]);
  });

  it('names the link that still leads to a renamed destination’s old slug, and the field that keeps it', () => {
    expect(destinationLinkProblems(registry, places('kr', 'ja'))).toEqual([
      'content/links.yaml: jp.target: "abroad/jp" leads to no destination: there is no content/countries/jp.yaml; a destination\'s slug stays once published, so if the file was renamed, add "formerSlugs: [jp]" to the renamed file',
      'content/links.yaml: content/countries/ja.yaml has no short link; add "ja:" with "target: abroad/ja"',
    ]);
  });
});
