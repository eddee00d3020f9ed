// A private instance of Debian's stock nginx serving dist/ exactly as the README says: Debian's
// http block with its mime.types, and a server block that includes dist/nginx.conf. Used by the
// real-server tests and by the benchmark's Lighthouse runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const NGINX = '/usr/sbin/nginx';
export const DIST = join(ROOT, 'dist');

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** Starts nginx on a free loopback port; resolves to `{ origin, stop }` once it answers. */
export async function startNginx() {
  if (!existsSync(NGINX)) throw new Error('Debian nginx is not installed (scripts/setup.sh installs it)');
  const temp = mkdtempSync(join(tmpdir(), 'qbo-nginx-'));
  const port = await freePort();
  writeFileSync(join(temp, 'nginx.conf'), `
daemon off;
worker_processes 1;
pid ${temp}/nginx.pid;
error_log ${temp}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}/body; proxy_temp_path ${temp}/proxy; fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi; scgi_temp_path ${temp}/scgi;
  server { listen 127.0.0.1:${port}; root ${DIST}; include ${DIST}/nginx.conf; }
}
`);
  const server = spawn(NGINX, ['-c', join(temp, 'nginx.conf'), '-p', temp], { stdio: ['ignore', 'inherit', 'inherit'] });
  const stop = () => {
    server.kill();
    rmSync(temp, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(origin + '/version.json');
      return { origin, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  stop();
  throw new Error('nginx did not start');
}
