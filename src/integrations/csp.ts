import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The Content Security Policy Astro writes into every page. Astro adds the
 * hashes of its bundled scripts and styles to `script-src` and `style-src`;
 * everything else may come only from the site itself.
 *
 * `frame-ancestors` is left to the host's HTTP headers: browsers ignore it in
 * a `<meta>` policy and report an error when they see it there.
 */
export const contentSecurityPolicy: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ],
};
