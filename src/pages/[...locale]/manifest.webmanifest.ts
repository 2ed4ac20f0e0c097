import type { APIRoute } from 'astro';
import { uiStrings } from '../../i18n/index.ts';
import { localeStaticPaths } from '../../lib/content/static-paths.ts';
import { webManifest } from '../../lib/pages/web-manifest.ts';

/** One web app manifest per language: `/manifest.webmanifest`, `/en/manifest.webmanifest`. */
export function getStaticPaths() {
  return localeStaticPaths();
}

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const manifest = webManifest(locale, uiStrings(locale).site);
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
