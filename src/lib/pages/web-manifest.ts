/**
 * The web app manifest of each language (`/manifest.webmanifest`,
 * `/en/manifest.webmanifest`): what a phone shows when the site is added to
 * its home screen, opening at the home page in that language.
 */
import { type Locale, localePath } from '../locales.ts';

export interface ManifestStrings {
  name: string;
  shortName: string;
  description: string;
}

/** The manifest of one language, from its UI strings. */
export function webManifest(locale: Locale, site: ManifestStrings): object {
  const home = localePath(locale, '');
  return {
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    lang: locale,
    dir: 'ltr',
    start_url: home,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b3d75',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
    id: home,
  };
}
