/**
 * Links that share a page on social networks and messengers, as plain URLs
 * to each service's own share page: no SDK, no script and no request to the
 * service until someone taps one.
 * - Facebook: `https://www.facebook.com/sharer/sharer.php?u=<url>`
 * - Telegram: `https://t.me/share/url?url=<url>&text=<text>`
 *   (https://core.telegram.org/widgets/share#custom-buttons)
 * - X: `https://x.com/intent/post?url=<url>&text=<text>`
 * - WhatsApp: `https://wa.me/?text=<text and url>`
 */

export const SHARE_SERVICES = ['facebook', 'telegram', 'x', 'whatsapp'] as const;
export type ShareService = (typeof SHARE_SERVICES)[number];

/** Each service's own name, the same in every language. */
export const SHARE_SERVICE_NAMES: Record<ShareService, string> = {
  facebook: 'Facebook',
  telegram: 'Telegram',
  x: 'X',
  whatsapp: 'WhatsApp',
};

export interface ShareLink {
  service: ShareService;
  /** The service's name, for the link's text. */
  name: string;
  href: string;
}

/**
 * The share links for a page, in `SHARE_SERVICES` order. `url` is the
 * page's absolute canonical URL; `text` goes with it where the service takes
 * text (Facebook reads the page's own preview instead). Every value is
 * percent-encoded as UTF-8, so Cyrillic titles survive.
 */
export function shareLinks(url: string, text: string): ShareLink[] {
  const absolute = new URL(url);
  if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:') {
    throw new Error(`shareLinks: "${url}" is not a web address`);
  }
  const u = encodeURIComponent(absolute.href);
  const t = encodeURIComponent(text);
  const hrefs: Record<ShareService, string> = {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    telegram: `https://t.me/share/url?url=${u}&text=${t}`,
    x: `https://x.com/intent/post?url=${u}&text=${t}`,
    // WhatsApp takes one text; the address goes last, where it turns into a link.
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${text} ${absolute.href}`)}`,
  };
  return SHARE_SERVICES.map((service) => ({ service, name: SHARE_SERVICE_NAMES[service], href: hrefs[service] }));
}
