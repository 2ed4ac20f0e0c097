/**
 * The allow-list of sites the content may link to, `content/link-domains.yaml`:
 * a YAML list of bare domain names, each also allowing its subdomains. Its
 * schema is in src/schemas/link-domains.ts; src/loaders/ reads it.
 */
export const LINK_DOMAINS_FILE = 'content/link-domains.yaml';
