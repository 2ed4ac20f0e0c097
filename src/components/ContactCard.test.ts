import { describe, expect, it, vi } from 'vitest';
import { fixtureContact, fixturePhone } from '../lib/contacts/contact-fixtures.ts';
import { faxOnly, krDanuri, thEmbassy } from './component-fixtures.ts';
import ContactCard from './ContactCard.astro';
import { type HTMLElement, parse } from 'node-html-parser';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/report-address.ts', () => import('./fixture-data.ts'));

/** The card without its report links ("this number didn't work"), which ContactSources' tests cover. */
function cardOnly(html: HTMLElement): HTMLElement {
  const copy = parse(html.toString());
  copy.querySelectorAll('[data-number-report]').forEach((link) => link.remove());
  return copy;
}

describe('ContactCard', () => {
  it('is an article labelled by its heading, an h3 unless the page asks for an h2', async () => {
    const html = await renderComponent(ContactCard, { locale: 'en', contact: thEmbassy });
    const article = html.querySelector('article')!;
    expect(article.getAttribute('aria-labelledby')).toBe('contact-th-embassy-bangkok');
    const heading = html.querySelector('#contact-th-embassy-bangkok')!;
    expect(heading.tagName).toBe('H3');
    expect(textOf(heading)).toBe('Embassy of Mongolia in Bangkok');
    const h2 = await renderComponent(ContactCard, { locale: 'mn', contact: thEmbassy, heading: 'h2' });
    expect(textOf(h2.querySelector('h2'))).toBe('Бангкок дахь Монгол Улсын Элчин сайдын яам');
  });

  it('offers every number but the fax as a link, and shows the fax as text', async () => {
    const html = await renderComponent(ContactCard, { locale: 'en', contact: thEmbassy });
    expect(hrefsOf(cardOnly(html)).filter((href) => !href.startsWith('https:'))).toEqual(['tel:+6623811400']);
    expect(textOf(html)).toContain('+66 2 392 4199 — Fax — not for calls');
  });

  it('shows e-mail, website, address and the details a caller needs', async () => {
    const contact = fixtureContact({
      id: 'kr/embassy-seoul',
      country: 'KR',
      phones: [fixturePhone({ number: '02-798-3464' }, 'KR')],
      email: 'mail@example.org',
      website: 'https://example.org/embassy',
      address: { local: '서울특별시 용산구', latin: 'Yongsan-gu, Seoul' },
      open24h: true,
      languages: { mn: 'Монгол, солонгос', en: 'Mongolian, Korean' },
      free: true,
    });
    const html = await renderComponent(ContactCard, { locale: 'en', contact });
    expect(html.querySelector('a[href="mailto:mail@example.org"]')).not.toBeNull();
    const website = html.querySelector('a[href="https://example.org/embassy"]')!;
    expect(textOf(website)).toBe('example.org/embassy');
    expect(website.getAttribute('rel')).toBe('noreferrer');
    const address = html.querySelectorAll('article > p').find((p) => textOf(p).startsWith('Address:'))!;
    expect(textOf(address)).toContain('Address: 서울특별시 용산구');
    expect(textOf(address.querySelector('span'))).toBe('Yongsan-gu, Seoul');
    expect(html.querySelectorAll('dl > div').map(textOf)).toEqual([
      'Hours: Answers 24 hours a day',
      'Languages: Mongolian, Korean',
      'Cost: free of charge',
    ]);
  });

  it('says a line answers in Mongolian, and lists no details it does not have', async () => {
    const html = await renderComponent(ContactCard, { locale: 'en', contact: krDanuri });
    expect(textOf(html.querySelector('article > p'))).toBe('Answers in Mongolian');
    expect(html.querySelectorAll('dl > div').map(textOf)).toEqual(['Languages: Answers in Mongolian']);
    expect(cardOnly(html).querySelector('a[href^="mailto:"]')).toBeNull();
    expect(textOf(await renderComponent(ContactCard, { locale: 'en', contact: thEmbassy }))).not.toContain('Hours');
  });

  it('offers its vCard only where the page gives one and the contact has a number to save', async () => {
    const vcard = '/en/vcard/th/embassy-bangkok.vcf';
    const saved = await renderComponent(ContactCard, { locale: 'en', contact: thEmbassy, vcard });
    const link = saved.querySelector(`a[href="${vcard}"]`)!;
    expect(link.hasAttribute('download')).toBe(true);
    expect(textOf(link)).toBe('Save to your phone');
    const none = await renderComponent(ContactCard, { locale: 'en', contact: thEmbassy });
    expect(none.querySelector('a[download]')).toBeNull();
    const fax = await renderComponent(ContactCard, {
      locale: 'en',
      contact: faxOnly,
      vcard: '/en/vcard/th/fax-only.vcf',
    });
    expect(fax.querySelector('a[download]')).toBeNull();
    expect(hrefsOf(cardOnly(fax)).filter((href) => !href.startsWith('https:'))).toEqual([]);
  });
});
