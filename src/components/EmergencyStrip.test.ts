import { describe, expect, it, vi } from 'vitest';
import EmergencyStrip from './EmergencyStrip.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));

describe('EmergencyStrip', () => {
  it('leads a country’s page with that country’s emergency number, then a line in Mongolian, then the embassy', async () => {
    const html = await renderComponent(EmergencyStrip, { locale: 'en', place: { kind: 'destination', slug: 'kr' } });
    expect(html.querySelector('aside')!.getAttribute('aria-label')).toBe('Emergency numbers');
    expect(hrefsOf(html)).toEqual(['tel:112', 'tel:+8215771366', 'tel:+8227983464']);
    expect(html.querySelectorAll('a').map((link) => link.querySelectorAll('span').map(textOf))).toEqual([
      ['Korean police', '112'],
      ['Danuri', '1577-1366'],
      ['Embassy', '02-798-3464'],
    ]);
  });

  it('offers in a country without a mission of its own the embassy that covers it, dialled from there', async () => {
    const html = await renderComponent(EmergencyStrip, { locale: 'en', place: { kind: 'destination', slug: 'my' } });
    expect(hrefsOf(html)).toEqual(['tel:999', 'tel:+6623811400']);
  });

  it('offers Mongolia’s police and report line on pages about Mongolia, never a withheld line', async () => {
    const html = await renderComponent(EmergencyStrip, { locale: 'mn', place: { kind: 'mongolia' } });
    expect(hrefsOf(html)).toEqual(['tel:102', 'tel:18001280']);
    expect(textOf(html)).toContain('Цагдаа');
    expect(html.toString()).not.toContain('tel:108');
  });

  it('leads pages about being abroad to every country’s emergency number instead of one number', async () => {
    const en = await renderComponent(EmergencyStrip, { locale: 'en', place: { kind: 'abroad' } });
    expect(hrefsOf(en)).toEqual(['/en/abroad#emergency-numbers']);
    expect(textOf(en)).toBe('Emergency number of each country');
    const mn = await renderComponent(EmergencyStrip, { locale: 'mn', place: { kind: 'abroad' } });
    expect(hrefsOf(mn)).toEqual(['/abroad#emergency-numbers']);
  });

  it('fails for a destination the contact data does not have', async () => {
    await expect(
      renderComponent(EmergencyStrip, { locale: 'en', place: { kind: 'destination', slug: 'xx' } }),
    ).rejects.toThrow('No destination "xx"');
  });
});
