/**
 * Where a search result leads. Pagefind names a page by its built file
 * (`/en/abroad/kr.html`); readers, links and the offline copy know it by its
 * address (`/en/abroad/kr`), so results link there.
 */

import { pageAddress } from './page-address.ts';

/** The page address of a Pagefind result URL, keeping any `#fragment`. */
export function resultPath(url: string): string {
  const hash = url.indexOf('#');
  const [path, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${pageAddress(path)}${fragment}`;
}
