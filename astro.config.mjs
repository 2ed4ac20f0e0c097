// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { editingScreen } from './src/integrations/admin.ts';
import { builtSiteChecks } from './src/integrations/built-site-checks.ts';
import { hostConfig } from './src/integrations/host-config.ts';
import { offlineSupport } from './src/integrations/offline.ts';
import { pageCss } from './src/integrations/page-css.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { renderRecordsReset } from './src/integrations/render-records.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin } from './src/lib/links/external-links.ts';
import { isListedPage, parseSiteOrigin } from './src/lib/pages/site.ts';
import { BuiltPages } from './src/lib/pages/built-pages.ts';

// What the built pages hold (their links, their inline code), read once by the first step after the build for the others.
const builtPages = new BuiltPages();

export default defineConfig({
  site: parseSiteOrigin(process.env.SITE_ORIGIN),
  // `/abroad/kr` is served from `abroad/kr.html` with no redirect to a trailing slash: one less round trip on a bad connection.
  trailingSlash: 'never',
  build: {
    format: 'file',
    // The first response must carry everything needed to render: no extra request for CSS (cut to what
    // each kind of page uses by src/integrations/page-css.ts; see "Page weight" in the README).
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  security: { csp: contentSecurityPolicy },
  markdown: {
    // Renders the prose collections as they load (src/loaders/prose.ts); links to other sites get rel="noreferrer".
    processor: satteri({ hastPlugins: [externalLinksPlugin] }),
    // Shiki colours code with inline styles, which the CSP forbids; the site shows no code worth colouring.
    syntaxHighlight: false,
  },
  integrations: [
    // Pages record facts for the build steps below as they render; each build starts with none.
    renderRecordsReset(),
    // First of the steps after the build: it reads the pages for the later ones, which index, check or keep the pages it rewrites.
    pageCss(builtPages),
    // Before the search index: a site with broken or unsafe links is not indexed at all.
    builtSiteChecks(builtPages),
    searchIndex(),
    // Drawn from what each page recorded for link previews, before the host configuration lists the files.
    previewImages(builtPages),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
      filter: (page) => isListedPage(new URL(page).pathname),
    }),
    offlineSupport(builtPages),
    // The editors' screen at /admin, after every step that reads the public pages, before the host configuration.
    editingScreen(),
    // Last, once the search index, sitemap and service worker are written, so their files get cache rules too.
    hostConfig(builtPages),
  ],
  vite: { plugins: [tailwindcss()] },
});
