/**
 * The reference site: a minimal Starlight project of the same content. It is
 * not a dependency of this site: Starlight is installed on demand into a
 * cache in the system's temporary folder, once per version, and each build
 * links to it from a fresh project folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkDependencies } from '../project-copy.ts';
import { SECTION } from './synthetic-content.ts';

/** A Starlight release that works with this site's Astro 7. */
export const STARLIGHT_VERSION = '0.42.4';

/** The reference project's `package.json`: Starlight with the same Astro as this site, for a like-for-like build. */
export function starlightPackageJson(astroVersion: string): string {
  const manifest = {
    name: 'starlight-reference',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
    // esbuild's install script only checks its binary; allowed, as in this site's package.json.
    allowScripts: { esbuild: true },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Starlight's configuration: Mongolian as the root locale and English under
 * `/en`, as on this site; Pagefind search on (Starlight's default); the same
 * origin for the sitemap. The sidebar links to the list of articles instead of
 * listing every article on every page, as this site's navigation does.
 */
export const STARLIGHT_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: { mn: 'Хүн худалдаалахын эсрэг', en: 'Against human trafficking' },
      defaultLocale: 'root',
      locales: {
        root: { label: 'Монгол', lang: 'mn' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: [
        {
          label: 'Анхааруулах шинж тэмдэг',
          translations: { en: 'Warning signs' },
          link: '/${SECTION}/',
        },
      ],
    }),
  ],
});
`;

export const STARLIGHT_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

/** Where Starlight is installed for this Astro version. */
function cacheFolder(astroVersion: string): string {
  return join(tmpdir(), 'site-bench-starlight-cache', `starlight-${STARLIGHT_VERSION}-astro-${astroVersion}`);
}

/**
 * Installs Starlight into the cache unless it is there (calling `onInstall`
 * first, as it takes a while), and returns its `node_modules` folder. Runs
 * npm with this Node.js (npm's own script when started by `npm run`), so it
 * resolves the same versions as this project.
 */
export function installStarlight(
  astroVersion: string,
  onInstall: () => void = () => {},
): { modules: string; installed: boolean } {
  const folder = cacheFolder(astroVersion);
  const modules = join(folder, 'node_modules');
  if (existsSync(join(folder, 'installed'))) return { modules, installed: false };
  onInstall();

  // Install beside the cache and move it in when complete, so an interrupted install is never reused.
  const partial = `${folder}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), starlightPackageJson(astroVersion));
  const npm = process.env.npm_execpath;
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=error'];
  const result = npm?.endsWith('.js')
    ? spawnSync(process.execPath, [npm, ...args], { cwd: partial, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd: partial, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0 || !existsSync(join(partial, 'node_modules', '@astrojs', 'starlight'))) {
    rmSync(partial, { recursive: true, force: true });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
    throw new Error(`npm could not install @astrojs/starlight@${STARLIGHT_VERSION}:\n${output.trim()}`);
  }
  writeFileSync(join(partial, 'installed'), `${new Date().toISOString()}\n`);
  rmSync(folder, { recursive: true, force: true });
  renameSync(partial, folder);
  return { modules, installed: true };
}

/** The version of a package installed in `modules`. */
export function packageVersion(modules: string, name: string): string {
  return (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Writes a Starlight project with `files` (by relative path) into `root`, linked to the installed packages. */
export function writeStarlightProject(
  root: string,
  modules: string,
  astroVersion: string,
  files: ReadonlyMap<string, string>,
): void {
  const all = new Map([
    ['package.json', starlightPackageJson(astroVersion)],
    ['astro.config.mjs', STARLIGHT_CONFIG],
    ['src/content.config.ts', STARLIGHT_CONTENT_CONFIG],
    ...files,
  ]);
  for (const [file, text] of all) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  linkDependencies(modules, root);
}
