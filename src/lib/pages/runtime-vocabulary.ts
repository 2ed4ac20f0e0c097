/**
 * The classes and elements the site's scripts put into a page after it has
 * loaded. They are not in the built HTML, so the inline CSS of every page
 * keeps their rules as if they were (see used-css.ts). A test reads the
 * scripts and fails when one adds a class or an element missing here.
 */
export const RUNTIME_VOCABULARY = {
  /** The title link of each search result (SiteSearch.astro). */
  classes: ['text-lg', 'font-bold'],
  /**
   * A search result: an item with a link and an excerpt (SiteSearch.astro);
   * Pagefind's excerpts mark the words found with `<mark>`.
   */
  elements: ['li', 'a', 'p', 'mark'],
} as const;
