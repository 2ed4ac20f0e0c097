// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';
import { isListedPage, parseSiteOrigin } from './src/lib/site.ts';

export default defineConfig({
  site: parseSiteOrigin(process.env.SITE_ORIGIN),
  // `/abroad/kr` is served from `abroad/kr.html` with no redirect to a trailing slash: one less round trip on a bad connection.
  trailingSlash: 'never',
  build: {
    format: 'file',
    // The first response must carry everything needed to render: no extra request for CSS.
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  security: { csp: contentSecurityPolicy },
  // Shiki colours code with inline styles, which the CSP forbids; the site shows no code worth colouring.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    searchIndex(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: { mn: 'mn', en: 'en' } },
      filter: (page) => isListedPage(new URL(page).pathname),
    }),
  ],
  vite: { plugins: [tailwindcss()] },
});
