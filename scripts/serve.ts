/**
 * Serves the built site from `dist/` as its production host would: pages
 * without `.html` or a trailing slash, a 404 page in the language of the
 * missing path, and every response with the headers and redirects of
 * `dist/_headers` and `dist/_redirects`, applied as Netlify and Cloudflare
 * Pages apply them. The browser tests run against it.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../src/lib/host/headers-file.ts';
import { HOST_FILES } from '../src/lib/host/host-policy.ts';
import { notFoundRule, parseRedirectsFile } from '../src/lib/host/redirects-file.ts';
import { canonicalRedirect, candidateFiles, contentType, notFoundFile } from '../src/lib/host/static-host.ts';

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readHostFile(root: string, name: string): Promise<string> {
  try {
    return await readFile(join(root, name), 'utf8');
  } catch {
    throw new Error(`${name} is missing from the built site: build it with "npm run build"`);
  }
}

/** Starts the server; resolves once it listens. */
export async function serveDist(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const rules = parseHeadersFile(await readHostFile(root, '_headers'));
  const redirectRules = parseRedirectsFile(await readHostFile(root, '_redirects'));
  const redirects = new Map(
    redirectRules.filter(({ status }) => status !== 404).map((redirect) => [redirect.from, redirect]),
  );

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const trailing = canonicalRedirect(pathname);
    const redirect = trailing ? { to: trailing, status: 301 } : redirects.get(pathname);
    if (redirect) {
      response.writeHead(redirect.status, { Location: redirect.to }).end();
      return;
    }
    let status = 200;
    let file: string | undefined;
    for (const candidate of candidateFiles(pathname)) {
      if ((HOST_FILES as readonly string[]).includes(candidate)) break;
      if (await isFile(join(root, candidate))) {
        file = candidate;
        break;
      }
    }
    if (!file) {
      status = 404;
      // As Netlify applies `/dir/* /page 404`: the page of that part of the site, else the 404 of the path's language.
      const rule = notFoundRule(redirectRules, pathname);
      file = rule ? candidateFiles(rule.to)[0]! : notFoundFile(pathname);
    }
    const path = join(root, file);
    if (!(await isFile(path))) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(status, { 'Content-Type': contentType(file) });
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
  try {
    await serveDist(root, port);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log(`Serving ${values.dir}/ at http://localhost:${port}/ with its _headers and _redirects (Ctrl+C stops)`);
}
