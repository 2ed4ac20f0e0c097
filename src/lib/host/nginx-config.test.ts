import { describe, expect, it } from 'vitest';
import { headerRules } from './host-policy.ts';
import { DEPLOYMENT_END, DEPLOYMENT_START, nginxServerBlock, withDeployment } from './nginx-config.ts';

const csp = "default-src 'self'; frame-ancestors 'none'";
const block = nginxServerBlock({
  csp,
  headerRules: headerRules(['index.html', 'go/kr.html'], csp),
  redirects: [
    { from: '/go/KR', to: '/go/kr', status: 301 },
    { from: '/Go/kr', to: '/go/kr', status: 301 },
    { from: '/GO/*', to: '/GO/404.html', status: 404 },
  ],
  otherLocales: ['en'],
});

describe('nginxServerBlock', () => {
  it('sends the security headers from the server, quoted, even on errors', () => {
    expect(block).toContain(`set $site_csp "${csp}";`);
    expect(block).toContain('add_header Content-Security-Policy $site_csp always;');
    expect(block).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(block).toContain('add_header Cache-Control $site_cache_control always;');
    // A location with its own add_header would drop the server's security headers.
    expect(block.match(/add_header/g)).toHaveLength(10);
  });

  it('redirects other spellings with the cache lifetime _headers gives their path', () => {
    expect(block).toContain(
      'location = /go/KR { set $site_cache_control "public, max-age=0, must-revalidate"; return 301 /go/kr; }',
    );
    expect(block).toContain('location = /Go/kr { return 301 /go/kr; }');
  });

  it('answers a missing page in the language of its path', () => {
    expect(block).toMatch(/location \/en\/ \{[^}]*error_page 404 \/en\/404\.html;/);
  });

  it('answers a short link that does not exist with the 404 page of its spelling, not with a redirect', () => {
    expect(block).toMatch(
      /location \/GO\/ \{[^}]*try_files \$uri \$uri\.html \$uri\/index\.html =404;[^}]*error_page 404 \/GO\/404\.html;/,
    );
    expect(block).not.toContain('/GO/*');
  });

  it('lets a deployment replace only its own lines', () => {
    const local = withDeployment(block, ['listen 127.0.0.1:8080;', 'root /tmp/dist;']);
    expect(local).toContain('listen 127.0.0.1:8080;\n    root /tmp/dist;');
    expect(local).not.toContain(DEPLOYMENT_START);
    expect(local).not.toContain('server_name example.org;');
    expect(() => withDeployment(local, [])).toThrow(/markers/);
    expect(block.indexOf(DEPLOYMENT_START)).toBeLessThan(block.indexOf(DEPLOYMENT_END));
  });
});
