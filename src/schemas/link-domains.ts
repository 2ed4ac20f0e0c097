import { z } from 'astro/zod';

/** A lower-case host name: labels of letters, digits and hyphens, at least one dot. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The allow-list of sites the content may link to (`content/link-domains.yaml`):
 * a YAML list of bare domain names, each also allowing its subdomains.
 */
export function LinkDomainsSchema() {
  return z
    .array(
      z.unknown().superRefine((entry, ctx) => {
        if (typeof entry !== 'string') {
          ctx.addIssue({ code: 'custom', message: `must be a domain name, not ${JSON.stringify(entry)}` });
        } else if (!DOMAIN.test(entry)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${entry}" is not a bare lower-case domain name such as example.org (no scheme, no path)`,
          });
        }
      }),
      { error: 'must be a list of domain names, one per line starting with "- "' },
    )
    .superRefine((entries, ctx) => {
      entries.forEach((entry, index) => {
        if (entries.indexOf(entry) !== index) {
          ctx.addIssue({ code: 'custom', path: [index], message: `"${String(entry)}" is listed twice` });
        }
      });
    })
    .transform((entries) => entries as string[]);
}
