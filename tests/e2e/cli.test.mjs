// The native checker (target/release/qbo-check) against the lab: the lab's certificates come
// from a CA of its own, as a TLS-inspecting proxy's do, so `--ca-file` with that CA shows TLS
// inspection, and without it the chain is untrusted. `--resolve` sends every host to the lab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, startLab } from './harness.mjs';

const CLI = join(ROOT, 'target', 'release', 'qbo-check');

// The checker follows the system's language; the tests fix it (LC_ALL=C reads as English) unless
// a test sets its own.
function run(args, env = {}) {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(https?_proxy|no_proxy|lc_all|lc_messages|lang)$/i.test(k)));
    clean.LC_ALL = 'C';
    execFile(CLI, args, { timeout: 60_000, env: { ...clean, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

async function withLab(scenario, body) {
  const lab = await startLab(scenario);
  const dir = mkdtempSync(join(tmpdir(), 'qbo-cli-'));
  const ca = join(dir, 'lab-ca.pem');
  writeFileSync(ca, lab.ca_pem);
  try {
    return await body({ lab, ca, resolve: ['--resolve', `*:443:127.0.0.1:${lab.https_port}`] });
  } finally {
    lab.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const json = (r) => JSON.parse(r.stdout);

test('a chain valid only against a local CA is TLS inspection, named by its issuer; exit 1', async () => {
  await withLab({}, async ({ ca, resolve }) => {
    const r = await run([...resolve, '--ca-file', ca, '--json']);
    assert.equal(r.code, 1, r.stderr);
    const report = json(r);
    assert.equal(report.schema, 'qbo-check/cli-report/1');
    assert.equal(report.hosts.length, 12);
    for (const h of report.hosts) {
      assert.equal(h.outcome, 'ok', h.host);
      assert.equal(h.tls.public_ca, false, h.host);
      assert.equal(h.tls.issuer, 'CN=qbo-check lab inspection CA', h.host);
      assert.equal(h.http.status, 200, h.host);
      assert.ok(['TLSv1.3', 'TLSv1.2'].includes(h.tls.version), h.tls.version);
    }
    assert.equal(report.hosts[0].tcp.ipv4, true);
    assert.equal(report.hosts[0].tcp.ipv6, null, 'no IPv6 address was given');
    assert.match(report.steps[0], /exempt these hosts from TLS\/SSL inspection/);
    assert.equal(report.findings[0].cause, 'tls-inspection');
    assert.match(report.findings[0].detail, /qbo-check lab inspection CA/);
    assert.match(report.code, /^QBC2-/);
    assert.match(report.link, /^#r2\./);
  });
});

test('in French, from --lang or from the system: the same verdict, ids and code, in French words', async () => {
  await withLab({}, async ({ ca, resolve }) => {
    const english = json(await run([...resolve, '--ca-file', ca, '--json']));
    const french = json(await run([...resolve, '--ca-file', ca, '--json', '--lang', 'fr-CA']));
    assert.equal(english.lang, 'en');
    assert.equal(french.lang, 'fr-CA');
    assert.equal(french.findings[0].cause, english.findings[0].cause);
    assert.deepEqual(french.findings[0].message, english.findings[0].message);
    assert.equal(french.findings[0].message.id, 'tls-inspection');
    assert.match(french.findings[0].title, /inspecte les connexions sécurisées/);
    assert.match(french.steps[0], /exemptez ces hôtes de l’inspection TLS\/SSL/);
    assert.equal(french.code.slice(0, 5), english.code.slice(0, 5));

    // The table, with the language from LANG alone (LC_ALL and LC_MESSAGES unset).
    const table = await run([...resolve, '--ca-file', ca], { LC_ALL: '', LANG: 'fr_CA.UTF-8' });
    assert.equal(table.code, 1, table.stderr);
    assert.match(table.stdout, /^hôte\s+résultat/);
    assert.match(table.stdout, /\nVerdict\u00a0: Un élément de ce réseau inspecte/);
    assert.match(table.stdout, /\nQue faire\u00a0:\n {2}1\. Dans la politique du produit/);
    assert.match(table.stdout, /\nCode pour le soutien technique\u00a0: QBC2-/);
    // The link is data (base64url), so it is left out of the search for English words.
    const words = table.stdout.split('\n').filter((line) => !line.startsWith('Lien vers le rapport')).join('\n');
    assert.doesNotMatch(words, /\b(Verdict:|What to do|Help-desk code|Report link|the|and|your)\b/);
    assert.match(table.stderr, /vérifié\u00a0: ok\n/, 'progress in French too, a line per host when piped');
  });
});

test('a language the checker does not have: bad usage with --lang, English from the system', async () => {
  const bad = await run(['--lang', 'de-DE', '--json']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--lang de-DE: this checker speaks en, fr-CA/);
  await withLab({}, async ({ ca, resolve }) => {
    const report = json(await run([...resolve, '--ca-file', ca, '--json'], { LC_ALL: 'de_DE.UTF-8' }));
    assert.equal(report.lang, 'en');
  });
});

test('without the CA the chain is untrusted: every host unreachable at TLS, as in a browser', async () => {
  await withLab({}, async ({ resolve }) => {
    const report = json(await run([...resolve, '--json']));
    for (const h of report.hosts) {
      assert.equal(h.outcome, 'unreachable', h.host);
      assert.match(h.tls.error, /UnknownIssuer|certificate/i, h.host);
      assert.equal(h.http.status, null);
    }
  });
});

test('the exact status on every host, a refused port, a hang within the deadline', async () => {
  const closed = await new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => done(port)); });
  });
  await withLab({ default: { kind: 'status', code: 502 }, hosts: { 'qbo.intuit.com': { kind: 'hang' } } }, async ({ ca, resolve }) => {
    const r = await run([
      '--resolve', `connect.intuit.com:443:127.0.0.1:${closed}`, ...resolve,
      '--ca-file', ca, '--json', '--timeout-ms', '2000',
    ]);
    const report = json(r);
    const host = (id) => report.hosts.find((h) => h.id === id);
    assert.equal(host('payments-connect').outcome, 'unreachable');
    assert.equal(host('payments-connect').tcp.error, 'refused');
    assert.equal(host('qbo').outcome, 'timeout');
    // A 502 is seen on hosts a browser cannot read errors from, too.
    for (const id of ['accounts', 'sign-in-ui', 'qbo-api', 'status']) {
      assert.equal(host(id).outcome, 'server-error', id);
      assert.equal(host(id).http.status, 502, id);
    }
    assert.ok(report.findings.some((f) => f.cause === 'intuit-outage'), JSON.stringify(report.findings.map((f) => f.cause)));
    assert.equal(r.code, 1);
  });
});

test('the report link opens in the page as a shared report with the same top cause, TLS inspection included', async () => {
  let report;
  await withLab({ default: { kind: 'status', code: 502 } }, async ({ ca, resolve }) => {
    report = json(await run([...resolve, '--ca-file', ca, '--json']));
  });
  const expected = report.findings[0].cause;
  assert.equal(expected, 'tls-inspection');
  const lab = await startLab({});
  const browser = await launch(lab);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(lab.origin + '/' + report.link);
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), expected);
    assert.match(await page.textContent('[data-verdict]'), /command-line checker/);
    // The --json file itself opens too ("Open a saved report"), with the same top cause.
    const dir = mkdtempSync(join(tmpdir(), 'qbo-cli-report-'));
    try {
      const file = join(dir, 'qbo-check.json');
      writeFileSync(file, JSON.stringify(report));
      await page.goto(lab.origin + '/');
      await page.setInputFiles('[data-action="open-report"]', file);
      await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
      assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    lab.stop();
  }
});

test('bad usage exits 2 with a message', async () => {
  for (const args of [['--resolve', 'nonsense'], ['--timeout-ms', '5'], ['--no-such-flag'], ['--ca-file', '/nonexistent.pem']]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.ok(r.stderr.length > 0, args.join(' '));
  }
});

test('verify-catalogue: every image answers as an image; a retired one fails the run', async () => {
  await withLab({}, async ({ ca, resolve }) => {
    const r = await run(['verify-catalogue', ...resolve, '--ca-file', ca, '--json']);
    assert.equal(r.code, 0, r.stdout);
    const report = json(r);
    assert.equal(report.failed, 0);
    assert.ok(report.rows.some((row) => row.kind === 'image'));
  });
  await withLab({ missing: ['quickbooks.intuit.com/cas/dam/IMAGE/A6OWCozsM/qb_thumb.png'] }, async ({ ca, resolve }) => {
    const r = await run(['verify-catalogue', ...resolve, '--ca-file', ca, '--json']);
    assert.equal(r.code, 1);
    const failed = json(r).rows.filter((row) => !row.ok);
    assert.equal(failed.length, 1, JSON.stringify(failed));
    assert.match(failed[0].problem, /404/);
  });
});

/** A small HTTP CONNECT proxy in front of the lab, as a corporate network has; it refuses the
 * hosts in `refuse` with 403 and records every host asked for. */
function startProxy(labPort, refuse = []) {
  const asked = [];
  const server = createServer((client) => {
    client.on('error', () => {});
    client.once('data', (chunk) => {
      const m = chunk.toString('latin1').match(/^CONNECT ([^:\s]+):(\d+) HTTP\/1\.1\r\n/);
      if (!m) return client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      asked.push(m[1]);
      if (refuse.includes(m[1])) return client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      const upstream = connect(labPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
    });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ port: server.address().port, asked, close: () => server.close() })));
}

test('through a proxy: what the proxy answered is reported; NO_PROXY hosts go direct', async () => {
  await withLab({}, async ({ lab, ca, resolve }) => {
    const proxy = await startProxy(lab.https_port, ['connect.intuit.com']);
    try {
      const report = json(await run(['--proxy', `http://127.0.0.1:${proxy.port}`, '--ca-file', ca, '--json']));
      const host = (id) => report.hosts.find((h) => h.id === id);
      assert.equal(host('payments-connect').outcome, 'unreachable');
      assert.equal(host('payments-connect').proxy.connect_status, 403);
      assert.equal(host('qbo').outcome, 'ok');
      assert.equal(host('qbo').proxy.connect_status, 200);
      assert.equal(host('qbo').tls.issuer, 'CN=qbo-check lab inspection CA', 'TLS runs through the tunnel');
      assert.equal(proxy.asked.length, 12);

      proxy.asked.length = 0;
      const viaEnv = json(await run([...resolve, '--ca-file', ca, '--json'], {
        HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`, NO_PROXY: 'intuitcdn.net',
      }));
      const direct = viaEnv.hosts.filter((h) => h.host.endsWith('intuitcdn.net'));
      assert.ok(direct.length >= 2);
      for (const h of direct) {
        assert.equal(h.proxy, undefined, h.host);
        assert.equal(h.outcome, 'ok', h.host);
      }
      assert.equal(proxy.asked.length, 12 - direct.length);
      assert.ok(!proxy.asked.some((h) => h.endsWith('intuitcdn.net')));
    } finally {
      proxy.close();
    }
  });
});

// ---- For fleets: one round as metrics, a watcher, and a Prometheus scrape target ----------

/** A free port on loopback. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs Debian's promtool on `text`; its exit code and what it said. */
function promtool(args, input) {
  return new Promise((resolve) => {
    const child = execFile('promtool', args, { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, out: stdout + stderr });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** Polls `read` until it gives a truthy value, at most `ms`. */
async function until(read, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('--format openmetrics prints one round that promtool accepts, blackbox-style plus the verdict', async () => {
  await withLab({ hosts: { 'connect.intuit.com': { kind: 'status', code: 502 } } }, async ({ ca, resolve }) => {
    const r = await run([...resolve, '--ca-file', ca, '--format', 'openmetrics']);
    assert.equal(r.code, 1, r.stderr);
    const checked = await promtool(['check', 'metrics'], r.stdout);
    assert.equal(checked.code, 0, checked.out);
    assert.equal(checked.out.trim(), '', 'no lint warnings');
    const line = (name) => r.stdout.split('\n').find((l) => l.startsWith(name));
    assert.match(line('qbo_check_probe_success{id="payments-connect"'), / 0\.0$/);
    assert.match(line('qbo_check_probe_http_status_code{id="payments-connect"'), / 502\.0$/);
    assert.match(line('qbo_check_probe_success{id="accounts"'), / 1\.0$/);
    assert.match(line('qbo_check_probe_tls_inspected{id="accounts"'), / 1\.0$/);
    assert.match(line('qbo_check_verdict{cause="tls-inspection"}'), / 1\.0$/);
    assert.match(line('qbo_check_verdict{cause="all-clear"}'), / 0\.0$/);
    assert.ok(r.stdout.endsWith('# EOF\n'));
  });
});

test('--format openmetrics carries Intuit\'s status page indicator, read from summary.json', async () => {
  await withLab({ status_page: { indicator: 'major', incident: 'Payments returning errors' } }, async ({ ca, resolve }) => {
    const r = await run([...resolve, '--ca-file', ca, '--format', 'openmetrics']);
    assert.match(r.stdout, /^qbo_check_status_page_read 1\.0$/m);
    assert.match(r.stdout, /^qbo_check_status_page_indicator\{indicator="major"\} 1\.0$/m);
    assert.match(r.stdout, /^qbo_check_status_page_indicator\{indicator="none"\} 0\.0$/m);
    assert.doesNotMatch(r.stdout, /Payments returning errors/, 'the status page\'s texts are not exported');
    assert.equal((await promtool(['check', 'metrics'], r.stdout)).code, 0);
  });
  await withLab({ default: { kind: 'status', code: 502 } }, async ({ ca, resolve }) => {
    const r = await run([...resolve, '--ca-file', ca, '--format', 'openmetrics']);
    assert.match(r.stdout, /^qbo_check_status_page_read 0\.0$/m);
    assert.doesNotMatch(r.stdout, /status_page_indicator/);
  });
});

test('watch names the pattern of its rounds from the engine, and exits 1 unless steady', async () => {
  await withLab({ hosts: { 'connect.intuit.com': { kind: 'status', code: 502 } } }, async ({ ca, resolve }) => {
    const r = await run(['watch', '--interval', '5s', '--rounds', '2', ...resolve, '--ca-file', ca]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^round 2: 11 of 12 hosts answered; verdict tls-inspection; pattern so far: host-drops \(failed: connect\.intuit\.com\)$/m);
    assert.match(r.stdout, /Some Intuit hosts drop out while the rest answer/);
  });
  await withLab({}, async ({ ca, resolve }) => {
    const r = await run(['watch', '--interval', '5s', '--rounds', '2', ...resolve, '--ca-file', ca]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /pattern so far: steady/);
  });
  for (const interval of ['1s', '2h', 'soon']) {
    assert.equal((await run(['watch', '--interval', interval])).code, 2, interval);
  }
});

test('serve: /metrics holds the latest round, in either format, and a real Prometheus scrapes the verdict', async () => {
  await withLab({ hosts: { 'connect.intuit.com': { kind: 'status', code: 502 } } }, async ({ ca, resolve }) => {
    const port = await freePort();
    const exporter = execFile(CLI, ['serve', '--listen', `127.0.0.1:${port}`, '--interval', '5s', ...resolve, '--ca-file', ca]);
    const dir = mkdtempSync(join(tmpdir(), 'qbo-prometheus-'));
    let prometheus;
    try {
      const metricsUrl = `http://127.0.0.1:${port}/metrics`;
      const plain = await until(async () => {
        const res = await fetch(metricsUrl);
        return res.status === 200 && res;
      }, 30_000, 'the first round');
      assert.equal(plain.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
      const text = await plain.text();
      assert.equal((await promtool(['check', 'metrics'], text)).code, 0);
      assert.match(text, /^qbo_check_watch_pattern\{pattern="host-drops"\} 1\.0$/m);
      const om = await fetch(metricsUrl, { headers: { accept: 'application/openmetrics-text;version=1.0.0' } });
      assert.match(om.headers.get('content-type'), /^application\/openmetrics-text; version=1\.0\.0/);
      // A scrape takes no target and starts no check: anything else is refused.
      assert.equal((await fetch(`http://127.0.0.1:${port}/probe?target=example.com`)).status, 404);
      assert.equal((await fetch(metricsUrl, { method: 'POST' })).status, 405);

      const promPort = await freePort();
      writeFileSync(join(dir, 'prometheus.yml'), [
        'global: { scrape_interval: 1s, evaluation_interval: 1s }',
        'scrape_configs:',
        '  - job_name: qbo-check',
        `    static_configs: [{ targets: ['127.0.0.1:${port}'] }]`,
        '',
      ].join('\n'));
      assert.equal((await promtool(['check', 'config', join(dir, 'prometheus.yml')])).code, 0);
      prometheus = execFile('prometheus', [
        `--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${promPort}`,
      ]);
      const query = async (q) => {
        const res = await fetch(`http://127.0.0.1:${promPort}/api/v1/query?query=${encodeURIComponent(q)}`);
        const body = await res.json();
        return body.data?.result?.[0]?.value?.[1];
      };
      assert.equal(await until(() => query('up{job="qbo-check"}').then((v) => v === '1' && v), 30_000, 'a scrape'), '1');
      assert.equal(await until(() => query('qbo_check_verdict{cause="tls-inspection"}'), 30_000, 'the verdict in Prometheus'), '1');
      assert.equal(await query('qbo_check_probe_http_status_code{id="payments-connect"}'), '502');
      assert.equal(await query('sum(qbo_check_verdict)'), '1', 'exactly one cause is the verdict');
    } finally {
      prometheus?.kill();
      exporter.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('the deployment examples in deploy/ are valid for Prometheus', async () => {
  const rules = await promtool(['check', 'rules', join(ROOT, 'deploy', 'qbo-check.rules.yml')]);
  assert.equal(rules.code, 0, rules.out);
  assert.match(rules.out, /SUCCESS: 3 rules found/);
  const config = await promtool(['check', 'config', join(ROOT, 'deploy', 'prometheus.yml')]);
  assert.equal(config.code, 0, config.out);
});

test('side by side with Debian\'s blackbox exporter: every host reads the same reachability, and qbo-check adds the verdict', async () => {
  await withLab({ hosts: { 'qbo.intuit.com': { kind: 'status', code: 502 } } }, async ({ lab, ca }) => {
    // Both reach the lab through one CONNECT proxy, which refuses connect.intuit.com (403).
    const proxy = await startProxy(lab.https_port, ['connect.intuit.com']);
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'qbo-blackbox-'));
    writeFileSync(join(dir, 'blackbox.yml'), [
      'modules:',
      '  via_proxy:',
      '    prober: http',
      '    timeout: 8s',
      '    http:',
      `      proxy_url: http://127.0.0.1:${proxy.port}`,
      '      skip_resolve_phase_with_proxy: true',
      `      tls_config: { ca_file: ${ca} }`,
      '',
    ].join('\n'));
    const blackbox = execFile('prometheus-blackbox-exporter', [
      `--config.file=${join(dir, 'blackbox.yml')}`, `--web.listen-address=127.0.0.1:${port}`,
    ]);
    try {
      const ours = await run(['--proxy', `http://127.0.0.1:${proxy.port}`, '--ca-file', ca, '--format', 'openmetrics']);
      const value = (text, line) => text.split('\n').find((l) => l.startsWith(line))?.split(' ').pop();
      await until(() => fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok), 15_000, 'the blackbox exporter');
      const differences = [];
      for (const endpoint of lab.endpoints) {
        const res = await fetch(`http://127.0.0.1:${port}/probe?module=via_proxy&target=${encodeURIComponent(endpoint.reach_url)}`);
        const theirs = await res.text();
        const pair = {
          host: endpoint.host,
          blackbox: Number(value(theirs, 'probe_success ')),
          qboCheck: Number(value(ours.stdout, `qbo_check_probe_success{id="${endpoint.id}"`)),
        };
        if (pair.blackbox !== pair.qboCheck) differences.push(pair);
        if (endpoint.host === 'qbo.intuit.com') {
          assert.equal(value(theirs, 'probe_http_status_code '), '502');
          assert.equal(value(ours.stdout, `qbo_check_probe_http_status_code{id="${endpoint.id}"`), '502.0');
        }
      }
      assert.deepEqual(differences, [], 'the same reachability for every host');
      assert.equal(proxy.asked.filter((h) => h === 'connect.intuit.com').length, 2, 'both asked the proxy for the refused host');
      // What the blackbox exporter cannot say: what it means.
      assert.match(ours.stdout, /^qbo_check_verdict\{cause="tls-inspection"\} 1\.0$/m);
    } finally {
      blackbox.kill();
      proxy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
