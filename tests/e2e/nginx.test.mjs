// The page served by a real web server: Debian's stock nginx, configured exactly as the README
// says (Debian's http block with its mime.types, and a server block that includes
// dist/nginx.conf). Every file must have the right type, the headers of www/headers.json and
// compression; then a few scenarios run through it in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runScenario } from './harness.mjs';
import { DIST, startNginx } from './nginx-server.mjs';
import { lighthouse, lostPoints } from './lighthouse.mjs';

const definition = JSON.parse(readFileSync(join(ROOT, 'www', 'headers.json'), 'utf8'));
let server;
let origin;

before(async () => {
  server = await startNginx();
  origin = server.origin;
});

after(() => server?.stop());

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

// Lighthouse's accessibility, best-practices and SEO scores are deterministic, so they are
// tested; the performance score and LCP vary from run to run and are reported by the benchmark.
test('Lighthouse on a phone: accessibility, best practices and SEO score 100 through nginx', async () => {
  const categories = ['accessibility', 'best-practices', 'seo'];
  const report = await lighthouse(`${origin}/`, categories);
  for (const category of categories) {
    assert.equal(report.categories[category].score, 1, `${category}: ${lostPoints(report, category).join('; ')}`);
  }
});
