/**
 * Runs Debian's nginx with the shipped server block over `dist/`, on a free
 * local port, the way a production server would use it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';
import { withDeployment } from '../../src/lib/host/nginx-config.ts';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface RunningNginx {
  origin: string;
  stop: () => Promise<void>;
}

/** Starts nginx with `serverBlockFile` serving `dist`; fails with nginx's own words when it cannot. */
export async function startNginx(serverBlockFile: string, dist: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx is not at ${NGINX}. Install it (on Debian: apt-get install nginx) or set NGINX_PATH.`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  mkdirSync(join(prefix, 'temp'));
  const port = await freePort();
  const server = withDeployment(readFileSync(serverBlockFile, 'utf8'), [`listen 127.0.0.1:${port};`, `root ${dist};`]);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `${kind}_temp_path ${join(prefix, 'temp', kind)};`,
  );
  const config = [
    // Running as root, workers would drop to "nobody", who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')};`,
    'events { worker_connections 64; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    ...temp.map((line) => `    ${line}`),
    server,
    '}',
  ].join('\n');
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  const args = ['-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log')];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses the server block:\n${check.stderr}`);

  const child: ChildProcess = spawn(NGINX, args, { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`nginx did not start:\n${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
