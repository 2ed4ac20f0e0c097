import { describe, expect, it, vi } from 'vitest';
import DestinationHelp from './DestinationHelp.astro';
import { korea, malaysia } from './component-fixtures.ts';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/report-address.ts', () => import('./fixture-data.ts'));
vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));
vi.mock('../data/short-links.ts', () => import('./fixture-data.ts'));
vi.mock('../data/print-runs.ts', () => import('./fixture-data.ts'));
vi.mock('../data/phrases.ts', () => import('./fixture-data.ts'));

const headings = (html: Awaited<ReturnType<typeof renderComponent>>) => html.querySelectorAll('h2').map(textOf);

describe('DestinationHelp', () => {
  it('lists in the order she needs them: the emergency number, a line in Mongolian, the embassy, Mongolian lines', async () => {
    const html = await renderComponent(DestinationHelp, { locale: 'en', destination: korea });
    expect(textOf(html.querySelector('h1'))).toBe('South Korea');
    expect(headings(html)).toEqual([
      '1. Emergency',
      '2. Help in Mongolian',
      '3. Mongolian embassy and consulates',
      '4. Lines in Mongolia you can call from abroad',
      '5. Show this screen',
      'Good to know',
    ]);
    const cards = html.querySelectorAll('section[aria-labelledby] article');
    expect(cards.flatMap(hrefsOf).filter((href) => href.startsWith('tel:'))).toEqual([
      'tel:112',
      'tel:+8215771366',
      'tel:+8227983464',
      'tel:+97683042222',
    ]);
    expect(textOf(html.querySelector('#good-to-know')?.nextElementSibling)).toBe('Keep your passport yourself.');
  });

  it('leaves out a withheld line and Mongolia’s short codes, which cannot be dialled from there', async () => {
    const html = await renderComponent(DestinationHelp, { locale: 'en', destination: korea });
    expect(html.toString()).not.toContain('tel:1345');
    expect(html.toString()).not.toContain('tel:102');
    expect(html.toString()).not.toContain('tel:18001280');
  });

  it('offers every number as one vCard and as a contact QR code, and each card’s own but the emergency number’s', async () => {
    const html = await renderComponent(DestinationHelp, { locale: 'mn', destination: korea });
    expect(html.querySelectorAll('a[download]').map((link) => link.getAttribute('href'))).toEqual([
      '/abroad/kr.vcf',
      '/abroad/kr-qr.svg',
      '/vcard/kr/danuri.vcf',
      '/vcard/kr/embassy-seoul.vcf',
      '/vcard/mn/mfa-consular.vcf',
    ]);
    expect(hrefsOf(html)).toContain('/abroad');
  });

  it('offers the key numbers as a text message in the page’s language, the mission of another country in its international form', async () => {
    const html = await renderComponent(DestinationHelp, { locale: 'en', destination: malaysia });
    // With no recipient: the reader chooses whom to send it to (the editors' report links name theirs).
    const links = html.querySelectorAll('a[href^="sms:?"]');
    expect(links).toHaveLength(1);
    expect(textOf(links[0]!)).toBe('Text these numbers to someone you trust');
    const body = new URL(links[0]!.getAttribute('href')!).searchParams.get('body')!;
    expect(body.split('\n')[0]).toBe(malaysia.name.en);
    expect(body).toContain('Embassy: +66 2 381 1400');
  });

  it('names the mission elsewhere that covers a country without its own', async () => {
    const html = await renderComponent(DestinationHelp, { locale: 'en', destination: malaysia });
    const missions = html.querySelector('section[aria-labelledby="mission"]')!;
    expect(textOf(missions)).toContain('Mongolia has no embassy in this country. This mission covers it.');
    expect(textOf(missions)).toContain('The embassy in Bangkok covers Malaysia.');
    expect(hrefsOf(missions)).toContain('tel:+6623811400');
    expect(html.querySelector('#in-mongolian')).toBeNull();
  });

  it('warns of a changed number on the cards that lead to this country only', async () => {
    const kr = await renderComponent(DestinationHelp, { locale: 'en', destination: korea });
    expect(textOf(kr.querySelector('[data-printed-changes]'))).toContain('If your card shows 1577-1366');
    const my = await renderComponent(DestinationHelp, { locale: 'en', destination: malaysia });
    expect(my.querySelector('[data-printed-changes]')).toBeNull();
  });

  it('shows the other names people use under the title, in the page’s language only', async () => {
    const known = { ...korea, otherNames: { mn: ['БНСУ'], en: ['Korea', 'ROK'] } };
    const en = await renderComponent(DestinationHelp, { locale: 'en', destination: known });
    expect(textOf(en.querySelector('h1')?.nextElementSibling)).toBe('Also called: Korea, ROK');
    const mn = await renderComponent(DestinationHelp, { locale: 'mn', destination: known });
    expect(textOf(mn.querySelector('h1')?.nextElementSibling)).toBe('Бусад нэр: БНСУ');
    const mnOnly = await renderComponent(DestinationHelp, {
      locale: 'en',
      destination: { ...known, otherNames: { mn: ['БНСУ'] } },
    });
    expect(textOf(mnOnly.querySelector('h1')?.nextElementSibling)).toBe(textOf(mnOnly.querySelector('h1 + p')));
    expect(mnOnly.toString()).not.toContain('Also called');
    expect((await renderComponent(DestinationHelp, { locale: 'en', destination: korea })).toString()).not.toContain(
      'Also called',
    );
  });

  it('offers phrases in the destination’s language, with its numbers as call links and what each says', async () => {
    const html = await renderComponent(DestinationHelp, { locale: 'mn', destination: korea });
    const open = html.querySelector('a[href="#show-ko"]');
    expect(textOf(open)).toBe('Хүнд харуулах: солонгос хэлээр');
    const block = html.querySelector('#show-ko')!;
    expect(block.querySelector('ul')!.getAttribute('lang')).toBe('ko');
    const lines = block.querySelectorAll('li').map((line) => line.querySelectorAll('p').map(textOf));
    expect(lines[0]).toEqual(['저는 몽골 국민입니다.', 'Би Монгол Улсын иргэн. Надад тусламж хэрэгтэй байна.']);
    expect(lines[1]).toEqual(['경찰에 전화해 주세요: 112', 'Цагдаа руу залгаж өгнө үү: 112']);
    expect(block.querySelectorAll('a[href^="tel:"]').map((link) => link.getAttribute('href'))).toEqual([
      'tel:112',
      'tel:+8227983464',
    ]);
    // No consulate to call and no officially sourced address: those phrases are left out.
    expect(lines).toHaveLength(5);
    expect(block.querySelectorAll('p[lang="mn"]')).toHaveLength(5);
  });

  it('has no show-this-screen block where the destination names no language', async () => {
    const html = await renderComponent(DestinationHelp, { locale: 'en', destination: malaysia });
    expect(html.querySelector('#show')).toBeNull();
  });
});
