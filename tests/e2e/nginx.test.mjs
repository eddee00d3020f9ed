// The page served by a real web server: Debian's stock nginx, configured exactly as the README
// says (Debian's http block with its mime.types, and a server block that includes
// dist/nginx.conf). Every file must have the right type, the headers of www/headers.json and
// compression; then a few scenarios run through it in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runScenario } from './harness.mjs';

const NGINX = '/usr/sbin/nginx';
const DIST = join(ROOT, 'dist');
const definition = JSON.parse(readFileSync(join(ROOT, 'www', 'headers.json'), 'utf8'));
let server;
let origin;
let temp;

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

before(async () => {
  assert.ok(existsSync(NGINX), 'Debian nginx is installed (scripts/setup.sh)');
  temp = mkdtempSync(join(tmpdir(), 'qbo-nginx-'));
  const port = await freePort();
  // Debian's own nginx.conf, reduced to what a private instance needs: its http block includes
  // /etc/nginx/mime.types, and the server block is the README's.
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
  server = spawn(NGINX, ['-c', join(temp, 'nginx.conf'), '-p', temp], { stdio: ['ignore', 'inherit', 'inherit'] });
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(origin + '/version.json');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('nginx did not start');
});

after(() => {
  server?.kill();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const TYPES = { html: 'text/html', js: 'application/javascript', wasm: 'application/wasm', css: 'text/css', svg: 'image/svg+xml', json: 'application/json' };
const csp = definition.csp.map((d) => d.join(' ')).join('; ');

test('nginx serves every file with its type, the same headers as _headers, and compressed', async () => {
  const files = ['', 'index.html', 'loader.js', 'version.json', ...readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|wasm|css|svg)$/.test(f)).map((f) => `assets/${f}`)];
  for (const file of files) {
    const response = await fetch(`${origin}/${file}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(response.status, 200, file);
    const ext = file === '' ? 'html' : file.split('.').pop();
    assert.equal(response.headers.get('content-type')?.split(';')[0], TYPES[ext], `type of /${file}`);
    assert.equal(response.headers.get('content-security-policy'), csp, `CSP of /${file}`);
    for (const [name, value] of Object.entries(definition.headers)) {
      assert.equal(response.headers.get(name), value, `${name} of /${file}`);
    }
    const rule = definition.cache.find((c) => (c.prefix ? `/${file}`.startsWith(c.path) : c.path === `/${file}`));
    assert.equal(response.headers.get('cache-control'), rule.value, `Cache-Control of /${file}`);
    if (ext !== 'json') {
      assert.equal(response.headers.get('content-encoding'), 'gzip', `/${file} is compressed`);
    }
    await response.arrayBuffer();
  }
});

test('through nginx, the page works: all clear, a 502 everywhere, a blocked network', async () => {
  for (const [scenario, verdict] of [
    [{}, 'all-clear'],
    [{ default: { kind: 'status', code: 502 } }, 'intuit-outage'],
    [{ default: { kind: 'refuse' } }, 'network-block'],
  ]) {
    const r = await runScenario(scenario, { origin });
    assert.equal(r.verdict, verdict, JSON.stringify(scenario));
    assert.deepEqual(r.consoleErrors.filter((e) => /Content Security Policy|integrity/i.test(e)), []);
  }
});
