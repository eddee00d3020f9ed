// What each engine reads for each lab behaviour: the README's table "How a host is tested".
// Every behaviour runs in Chromium, Firefox ESR and WebKitGTK, through the lab's forward proxy,
// on a host with a test image and on one without. The readings are kept in
// tests/e2e/data/engine-readings.json and drawn into the README; the test fails when an engine
// reads a behaviour differently, or when the README's table is not the one the data gives.
// `UPDATE_READINGS=1` writes both anew after a reviewed change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startLab } from './harness.mjs';
import { ENGINES, runIn } from './engines.mjs';

const DATA = join(ROOT, 'tests/e2e/data/engine-readings.json');
const README = join(ROOT, 'README.md');
const START = '<!-- engine readings: tests/e2e/readings.test.mjs -->';
const END = '<!-- end of engine readings -->';

// Pairs of (host with a test image, host without), each given one behaviour per run.
const PAIRS = [
  ['accounts.intuit.com', 'qbo.intuit.com', 'accounts', 'qbo'],
  ['appcenter.intuit.com', 'c1.qbo.intuit.com', 'app-center', 'qbo-c1'],
  ['static.developer.intuit.com', 'quickbooks.api.intuit.com', 'developer-static', 'qbo-api'],
  ['plugin.intuitcdn.net', 'connect.intuit.com', 'static-plugin', 'payments-connect'],
];

// [name, what the host does, what the proxy does with a CONNECT to it], four to a run; the
// behaviours that wait for the deadline share a run.
const RUNS = [
  [
    ['200 with the file', { kind: 'ok' }, 'tunnel'],
    ['502 error page', { kind: 'status', code: 502 }, 'tunnel'],
    ['404 (a retired file)', { kind: 'status', code: 404 }, 'tunnel'],
    ['redirect to another site', { kind: 'redirect-away' }, 'tunnel'],
  ],
  [
    ['reset during TLS', { kind: 'reset' }, 'tunnel'],
    ['untrusted certificate', { kind: 'untrusted-cert' }, 'tunnel'],
    ['certificate for another name', { kind: 'wrong-host-cert' }, 'tunnel'],
    ['reset in the middle of the body', { kind: 'reset-mid-body' }, 'tunnel'],
  ],
  [
    ['connection refused (the proxy answers 502)', { kind: 'refuse' }, 'tunnel'],
    ['name not found (the proxy answers 502)', { kind: 'dns-fail' }, 'tunnel'],
    ['the proxy refuses (403)', { kind: 'ok' }, 'forbid'],
    ['the proxy resets the connection', { kind: 'ok' }, 'reset'],
  ],
  [
    ['accepts, never answers', { kind: 'hang' }, 'tunnel'],
    ['the proxy wants credentials (407)', { kind: 'ok' }, 'auth'],
    ['the proxy never answers', { kind: 'ok' }, 'hang'],
    ['200 after 3.5 s', { kind: 'ok', delay_ms: 3500 }, 'tunnel'],
  ],
];

async function measure() {
  const readings = {};
  for (const run of RUNS) {
    const hosts = {};
    const proxy = {};
    run.forEach(([, behaviour, proxied], i) => {
      for (const host of PAIRS[i].slice(0, 2)) {
        hosts[host] = behaviour;
        proxy[host] = proxied;
      }
    });
    const lab = await startLab({ hosts, proxy: { hosts: proxy } });
    try {
      for (const engine of ENGINES) {
        const r = await runIn(engine, lab);
        const outcome = (id) => r.rows.find((row) => row.id === id)?.outcome;
        run.forEach(([name], i) => {
          readings[name] ??= {};
          readings[name][engine] = { image: outcome(PAIRS[i][2]), fetch: outcome(PAIRS[i][3]) };
        });
      }
    } finally {
      lab.stop();
    }
  }
  return readings;
}

const ENGINE_NAMES = { chromium: 'Chromium 156', firefox: 'Firefox ESR 153', webkit: 'WebKitGTK 2.50' };

export function table(readings) {
  const cell = ({ image, fetch }) => `\`${image}\` / \`${fetch}\``;
  const lines = [
    `| what the host or proxy does | ${ENGINES.map((e) => ENGINE_NAMES[e]).join(' | ')} |`,
    `|---|${ENGINES.map(() => '---').join('|')}|`,
  ];
  for (const [name, byEngine] of Object.entries(readings)) {
    const cells = ENGINES.map((e) => cell(byEngine[e]));
    const differs = new Set(cells).size > 1;
    lines.push(`| ${differs ? `**${name}**` : name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

test('each engine reads each lab behaviour as recorded, and the README shows it', async () => {
  const measured = await measure();
  const drawn = `${START}\n${table(measured)}\n${END}`;
  const readme = readFileSync(README, 'utf8');
  const pattern = new RegExp(`${START}[\\s\\S]*?${END}`);
  if (process.env.UPDATE_READINGS) {
    writeFileSync(DATA, JSON.stringify(measured, null, 2) + '\n');
    writeFileSync(README, readme.replace(pattern, drawn));
  }
  const recorded = JSON.parse(readFileSync(DATA, 'utf8'));
  assert.deepEqual(measured, recorded, `an engine reads a behaviour differently now:\n${table(measured)}`);
  assert.ok(readFileSync(README, 'utf8').includes(drawn), 'the README table is not the recorded one (UPDATE_READINGS=1 redraws it)');
});
