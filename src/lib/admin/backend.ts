/**
 * Where the editing screen saves, from the build's environment: the site's
 * repository on GitHub (`CMS_REPO=owner/name`, `CMS_BRANCH`, default
 * `main`), or, when no repository is named, a Decap proxy server on this
 * computer (`npx decap-server`, port 8081, or `CMS_PROXY_URL`), which writes
 * into the working copy: for trying the screen and for its tests. The
 * screen's Content-Security-Policy allows connections to that one place.
 */
import type { CmsBackend } from './cms-config.ts';

export const GITHUB_API = 'https://api.github.com';
export const LOCAL_PROXY_URL = 'http://localhost:8081/api/v1';

export function cmsBackend(env: Readonly<Record<string, string | undefined>>): CmsBackend {
  const branch = env.CMS_BRANCH || 'main';
  if (env.CMS_REPO) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(env.CMS_REPO)) {
      throw new Error(`CMS_REPO="${env.CMS_REPO}": expected the repository as owner/name`);
    }
    return { name: 'github', repo: env.CMS_REPO, branch };
  }
  return { name: 'proxy', url: env.CMS_PROXY_URL || LOCAL_PROXY_URL, branch };
}

/** The origins the screen talks to for `backend`: the Git host's API, or the local proxy. */
export function backendOrigins(backend: CmsBackend): string[] {
  return backend.name === 'github' ? [GITHUB_API] : [new URL(backend.url).origin];
}
