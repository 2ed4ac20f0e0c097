import { describe, expect, it, vi } from 'vitest';
import HotlineList from './HotlineList.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/report-address.ts', () => import('./fixture-data.ts'));
vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));

describe('HotlineList', () => {
  it('puts the emergency services first, police before ambulance, whatever the order of the files', async () => {
    const html = await renderComponent(HotlineList, { locale: 'en' });
    const emergency = html.querySelector('section[aria-labelledby="emergency"]')!;
    expect(emergency.querySelectorAll('h3').map(textOf)).toEqual(['Police', 'Ambulance']);
    expect(hrefsOf(emergency)).toEqual(expect.arrayContaining(['tel:102', 'tel:103']));
    expect(emergency.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('lists the other published lines after them, each with its vCard, and never a withheld one', async () => {
    const html = await renderComponent(HotlineList, { locale: 'en' });
    const help = html.querySelector('section[aria-labelledby="help-lines"]')!;
    const names = help.querySelectorAll('h3').map(textOf);
    expect(names).toEqual(expect.arrayContaining(['Consular line', 'Report line']));
    expect(names).not.toContain('Police');
    expect(html.toString()).not.toContain('Withheld line');
    expect(html.toString()).not.toContain('tel:108');
    expect(help.querySelectorAll('a[download]').map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/en/vcard/mn/mfa-consular.vcf', '/en/vcard/mn/gia-info-line.vcf']),
    );
  });

  it('ends with the way to help abroad, in the page’s language', async () => {
    const html = await renderComponent(HotlineList, { locale: 'mn' });
    expect(hrefsOf(html).at(-1)).toBe('/abroad');
  });
});
