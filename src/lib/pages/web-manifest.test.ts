import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest.ts';

const site = { name: 'Mongolia Against Trafficking', shortName: 'Get help', description: 'Whom to call.' };

describe('webManifest', () => {
  it('opens the installed site at the home page of its language', () => {
    expect(webManifest('en', site)).toMatchObject({
      name: 'Mongolia Against Trafficking',
      short_name: 'Get help',
      lang: 'en',
      start_url: '/en',
      id: '/en',
      scope: '/',
    });
    expect(webManifest('mn', site)).toMatchObject({ lang: 'mn', start_url: '/', id: '/' });
  });
});
