/**
 * Serves the built site from `dist/` as a static host would: pages without
 * `.html` or a trailing slash, a 404 page in the language of the missing path.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalRedirect, candidateFiles, contentType, notFoundFile } from '../src/lib/static-host.ts';

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Starts the server; resolves once it listens. */
export async function serveDist(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const redirect = canonicalRedirect(pathname);
    if (redirect) {
      response.writeHead(301, { Location: redirect }).end();
      return;
    }
    let status = 200;
    let file: string | undefined;
    for (const candidate of candidateFiles(pathname)) {
      if (await isFile(join(root, candidate))) {
        file = candidate;
        break;
      }
    }
    if (!file) {
      status = 404;
      file = notFoundFile(pathname);
    }
    const path = join(root, file);
    if (!(await isFile(path))) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(status, { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  return server;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
  });
  const root = resolve(values.dir);
  const port = Number(values.port);
  if (!(await isFile(join(root, 'index.html')))) {
    console.error(`${values.dir}/index.html is missing: build the site first with "npm run build".`);
    process.exit(1);
  }
  await serveDist(root, port);
  console.log(`Serving ${values.dir}/ at http://localhost:${port}/ (Ctrl+C stops)`);
}
