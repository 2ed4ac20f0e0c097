/**
 * Rewrites the nginx server block in deploy/ from the host configuration the
 * build wrote (dist/_headers, dist/_redirects), after a
 * change to the site's scripts, styles or pages has changed what its
 * Content-Security-Policy must allow. The tests fail until it is rewritten.
 *
 *   npm run build && npm run headers
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxFileText, writtenHostConfig } from '../src/integrations/host-config.ts';

export const NGINX_FILE = 'deploy/nginx.conf';

const root = process.cwd();
try {
  writeFileSync(join(root, NGINX_FILE), nginxFileText(writtenHostConfig(join(root, 'dist'))));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
console.log(`Wrote ${NGINX_FILE} from dist/_headers and dist/_redirects.`);
