import { describe, expect, it } from 'vitest';
import { backendOrigins, cmsBackend } from './backend.ts';

describe('cmsBackend', () => {
  it('saves to the repository named by CMS_REPO, through the GitHub API', () => {
    const backend = cmsBackend({ CMS_REPO: 'ngo/site', CMS_BRANCH: 'content' });
    expect(backend).toEqual({ name: 'github', repo: 'ngo/site', branch: 'content' });
    expect(backendOrigins(backend)).toEqual(['https://api.github.com']);
  });

  it('saves through a local proxy server when no repository is named', () => {
    expect(backendOrigins(cmsBackend({}))).toEqual(['http://localhost:8081']);
    expect(cmsBackend({ CMS_PROXY_URL: 'http://localhost:9000/api/v1' })).toMatchObject({
      name: 'proxy',
      branch: 'main',
    });
  });

  it('refuses a repository that is not owner/name', () => {
    expect(() => cmsBackend({ CMS_REPO: 'https://github.com/ngo/site' })).toThrow(
      'expected the repository as owner/name',
    );
  });
});
