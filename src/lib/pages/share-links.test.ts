import { describe, expect, it } from 'vitest';
import { SHARE_SERVICES, shareLinks } from './share-links.ts';

const url = 'https://example.org/en/campaigns/keep-these-numbers';

describe('shareLinks', () => {
  it('gives one plain link per service, in order', () => {
    expect(shareLinks(url, 'Keep these numbers')).toEqual([
      {
        service: 'facebook',
        name: 'Facebook',
        href: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fen%2Fcampaigns%2Fkeep-these-numbers',
      },
      {
        service: 'telegram',
        name: 'Telegram',
        href: 'https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fen%2Fcampaigns%2Fkeep-these-numbers&text=Keep%20these%20numbers',
      },
      {
        service: 'x',
        name: 'X',
        href: 'https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Fen%2Fcampaigns%2Fkeep-these-numbers&text=Keep%20these%20numbers',
      },
      {
        service: 'whatsapp',
        name: 'WhatsApp',
        href: 'https://wa.me/?text=Keep%20these%20numbers%20https%3A%2F%2Fexample.org%2Fen%2Fcampaigns%2Fkeep-these-numbers',
      },
    ]);
    expect(shareLinks(url, 'x').map((link) => link.service)).toEqual([...SHARE_SERVICES]);
  });

  it('encodes Cyrillic and characters that mean something in a query as UTF-8', () => {
    const links = shareLinks('https://example.org/campaigns/keep-these-numbers', 'Өө Үү & #1 = 100%?');
    const telegram = new URL(links.find((link) => link.service === 'telegram')!.href);
    expect(telegram.search).toContain('&text=%D3%A8%D3%A9%20%D2%AE%D2%AF%20%26%20%231%20%3D%20100%25%3F');
    expect(telegram.searchParams.get('text')).toBe('Өө Үү & #1 = 100%?');
    expect(telegram.searchParams.get('url')).toBe('https://example.org/campaigns/keep-these-numbers');
    expect(telegram.hash).toBe('');
  });

  it('gives links that decode back to the page and the text', () => {
    const text = 'Гадаад явахаасаа өмнө эдгээр дугаарыг хадгалаарай';
    const [facebook, telegram, x, whatsapp] = shareLinks(url, text).map((link) => new URL(link.href));
    expect(facebook!.searchParams.get('u')).toBe(url);
    expect([telegram!.searchParams.get('url'), telegram!.searchParams.get('text')]).toEqual([url, text]);
    expect([x!.searchParams.get('url'), x!.searchParams.get('text')]).toEqual([url, text]);
    expect(whatsapp!.searchParams.get('text')).toBe(`${text} ${url}`);
    for (const link of [facebook!, telegram!, x!, whatsapp!]) expect(link.protocol).toBe('https:');
  });

  it('refuses an address that is not an absolute web address', () => {
    expect(() => shareLinks('/campaigns/x', 'x')).toThrow();
    expect(() => shareLinks('javascript:alert(1)', 'x')).toThrow('is not a web address');
  });
});
