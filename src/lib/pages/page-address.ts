/**
 * A page's address from the path of its built file. Pages are written as
 * files (`/en/abroad/kr.html`, `/index.html`); readers, links and the
 * offline copy know them by address (`/en/abroad/kr`, `/`).
 */
export function pageAddress(path: string): string {
  const page = path.replace(/\.html$/, '').replace(/\/index$/, '');
  return page === '' ? '/' : page;
}
