/**
 * Checks the built site before the search index reads it: every internal
 * link, asset and `#anchor` leads somewhere, and every link out goes to a
 * site on the allow-list with `rel="noreferrer"`. A problem stops the build
 * with the content file (or page), the link and the reason. The links and
 * anchors are those the first read of the pages found (src/lib/pages/built-pages.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content/content-error.ts';
import { checkPageLinks, type LinkProblem } from '../lib/checks/link-check.ts';
import { sourceOfPage } from '../lib/checks/page-sources.ts';
import { pagePath } from '../lib/host/static-host.ts';
import type { BuiltPages } from '../lib/pages/built-pages.ts';
import { publicFiles } from '../lib/site-map.ts';
import { readLinkDomains } from '../loaders/content-files.ts';

/** One line per problem, naming the MDX file a page comes from when there is one. */
export function describeLinkProblem({ page, link, reason }: LinkProblem, root: string): string {
  const path = pagePath(page);
  const source = sourceOfPage(path, (file) => existsSync(join(root, file)));
  const where = source ? `${source} (page ${path})` : `dist/${page}`;
  return `${where}: link "${link}": ${reason}`;
}

/** Checks the links of the pages `builtPages` read. */
export function builtSiteChecks(builtPages: BuiltPages): AstroIntegration {
  let root = process.cwd();
  let origin = '';
  return {
    name: 'site:built-site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        origin = config.site ?? '';
      },
      'astro:build:done': ({ logger }) => {
        const allowedDomains = readLinkDomains(root);
        const links = builtPages.links;
        const problems = checkPageLinks(links, publicFiles(builtPages.files), origin, { allowedDomains });
        if (problems.length > 0) {
          throw new ContentError(
            'Links in the built site are broken or not allowed:',
            problems.map((problem) => describeLinkProblem(problem, root)),
          );
        }
        logger.info(`Checked the links of ${links.size} pages against ${allowedDomains.length} allowed sites.`);
      },
    },
  };
}
