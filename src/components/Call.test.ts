import { describe, expect, it, vi } from 'vitest';
import { ContentError } from '../lib/content/content-error.ts';
import Call from './Call.astro';
import { hrefsOf, renderComponent, textOf } from './render-component.ts';

vi.mock('../data/contacts.ts', () => import('./fixture-data.ts'));

/** Renders `<Call id={id} />` as on the page at `path`. */
const callOn = (path: string, id: string) =>
  renderComponent(Call, { id }, { request: new Request(`https://example.org${path}`) });

describe('Call', () => {
  it('links to the contact’s number, named in the language of the page it is on', async () => {
    const en = await callOn('/en/signs/border-recruitment', 'police');
    expect(hrefsOf(en)).toEqual(['tel:102']);
    expect(textOf(en)).toBe('Police 102');
    expect(textOf(await callOn('/signs/border-recruitment', 'police'))).toBe('Цагдаа 102');
  });

  it('stops the build naming the MDX file when the id leads nowhere', async () => {
    const error = await callOn('/en/signs/border-recruitment', 'polise').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      'content/signs/en/border-recruitment.mdx: <Call id="polise" />: no contact has this id',
    ]);
  });

  it('stops the build rather than offer a withheld contact', async () => {
    await expect(callOn('/en/signs/border-recruitment', 'child-helpline')).rejects.toThrow(
      /offers an unconfirmed number:\ncontent\/signs\/en\/border-recruitment.mdx: <Call id="child-helpline" \/>/,
    );
  });

  it('stops the build for a contact with nothing to call, such as a fax', async () => {
    await expect(callOn('/signs/border-recruitment', 'fax-only')).rejects.toThrow(
      /has no number:\ncontent\/signs\/mn\/border-recruitment.mdx: <Call id="fax-only" \/>/,
    );
  });
});
