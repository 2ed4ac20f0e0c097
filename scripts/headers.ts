/**
 * Rewrites the nginx server block in deploy/ from the built site, after a
 * change to the site's scripts, styles or pages has changed what its
 * Content-Security-Policy must allow. The tests fail until it is rewritten.
 *
 *   npm run build && npm run headers
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostConfigFor, nginxFileText } from '../src/integrations/host-config.ts';

export const NGINX_FILE = 'deploy/nginx.conf';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: build the site first with "npm run build".');
  process.exit(1);
}
writeFileSync(join(root, NGINX_FILE), nginxFileText(hostConfigFor(dist)));
console.log(`Wrote ${NGINX_FILE} from the built site in dist/.`);
