/**
 * Writes the editing screen into the built site, after the public pages are
 * indexed, listed and kept offline, so none of that sees it: `admin.html`
 * (Decap CMS, configured from the content schemas), `admin/guide.html` (the
 * editors' instructions), `admin/audit.html` (every contact, weakest first,
 * with what to do next), Decap's own files copied from its npm package, and
 * `admin/cms.js`, the screen's script bundled with its configuration. Decap
 * is served from the site, so the screen loads nothing from elsewhere; it
 * talks only to the Git host's API (`src/lib/admin/backend.ts`).
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { ADMIN_CSS, adminPage, guidePage } from '../lib/admin/admin-pages.ts';
import { cmsBackend } from '../lib/admin/backend.ts';
import { contactAudit } from '../lib/contacts/audit.ts';
import { auditPageHtml } from '../lib/admin/audit-page.ts';
import { calendarDate } from '../lib/content/campaigns.ts';
import { readContactFiles, readContentFile } from '../loaders/content-files.ts';
import { APPLICATIONS } from '../lib/site-map.ts';
import { editingScreenConfig } from '../loaders/editing-screen.ts';

const ROUTE = APPLICATIONS.admin.route;
/** Decap's bundle, with the chunks and WebAssembly it loads from beside itself. */
const DECAP_FILE = 'decap-cms.js';

function decapFiles(): { directory: string; files: string[] } {
  const directory = dirname(createRequire(import.meta.url).resolve(`decap-cms/dist/${DECAP_FILE}`));
  const files = readdirSync(directory).filter(
    (name) =>
      name === DECAP_FILE ||
      name.endsWith(`.${DECAP_FILE}`) ||
      name.endsWith('.wasm') ||
      name === `${DECAP_FILE}.LICENSE.txt`,
  );
  return { directory, files };
}

export function editingScreen(): AstroIntegration {
  let site: string | undefined;
  let root = '';
  return {
    name: 'site:editing-screen',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const out = join(dist, ROUTE);
        mkdirSync(out, { recursive: true });
        const backend = cmsBackend(process.env);
        const config = editingScreenConfig(backend, site);
        const decap = decapFiles();
        for (const file of decap.files) copyFileSync(join(decap.directory, file), join(out, file));
        await build({
          entryPoints: [fileURLToPath(new URL('../admin/cms.ts', import.meta.url))],
          outfile: join(out, 'cms.js'),
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          platform: 'browser',
          legalComments: 'none',
          define: {
            SITE_CMS_CONFIG: JSON.stringify(config),
            SITE_CMS_SCRIPT: JSON.stringify(`/${ROUTE}/${DECAP_FILE}`),
          },
          logLevel: 'warning',
        });
        writeFileSync(join(dist, `${ROUTE}.html`), adminPage());
        writeFileSync(join(out, 'guide.html'), guidePage());
        writeFileSync(join(out, 'admin.css'), ADMIN_CSS);
        // The audit as of this build: the site is rebuilt every day, so its dates and next steps move on.
        const today = calendarDate(new Date());
        const contacts = await readContactFiles(root);
        const audit = auditPageHtml({
          rows: contactAudit(contacts, today),
          names: new Map([...contacts.byId].map(([id, contact]) => [id, contact.name])),
          reportEmail: readContentFile(root, 'reports').email,
          today,
        });
        writeFileSync(join(out, 'audit.html'), audit);
        const where = backend.name === 'github' ? `GitHub ${backend.repo} (${backend.branch})` : backend.url;
        logger.info(`Wrote the editing screen at /${ROUTE}, saving to ${where}.`);
      },
    },
  };
}
