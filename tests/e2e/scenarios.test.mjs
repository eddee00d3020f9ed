// One scenario per fault: the lab makes the fault real, the page must name it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScenario, startLab, unfold } from './harness.mjs';

const DEADLINE_MS = 8000;

function assertRows(result, expected) {
  for (const row of result.rows) {
    const want = expected(row);
    assert.equal(row.outcome, want, `${row.id} (${row.group}) should be ${want}`);
  }
}

test('all hosts ok: all clear, and only the page origin and catalogue hosts are contacted', async () => {
  const r = await runScenario({});
  assert.equal(r.verdict, 'all-clear');
  assertRows(r, () => 'ok');
  assert.match(r.statusText, /reports no problems/);
  const allowed = new Set([new URL(r.lab.origin).host, ...r.lab.hosts]);
  for (const url of r.requests) {
    assert.ok(allowed.has(new URL(url).host), `unexpected request to ${url}`);
  }
  assert.ok(r.requests.some((u) => u.includes('status.quickbooks.intuit.com')), 'status page was read');
  assert.deepEqual(r.consoleErrors.filter((e) => /Content Security Policy/i.test(e)), [], 'no CSP violation');
});

test('every host answers 502: Intuit, seen through the image probes', async () => {
  const r = await runScenario({ default: { kind: 'status', code: 502 } });
  assert.equal(r.verdict, 'intuit-outage');
  const images = new Set(r.lab.endpoints.filter((e) => e.image).map((e) => e.id));
  // A no-cors fetch cannot see a 502, so hosts without an image honestly read as answered; the
  // status host allows CORS, so its row carries the 502 the page read there.
  assertRows(r, (row) => (images.has(row.id) || row.id === 'status' ? 'server-error' : 'ok'));
  assert.match(r.statusText, /HTTP 502|could not be read/);
});

test('every host refuses: the network blocks Intuit', async () => {
  const r = await runScenario({ default: { kind: 'refuse' } });
  assert.equal(r.verdict, 'network-block');
  assertRows(r, () => 'unreachable');
});

test('DNS fails for one group only: partial block naming that group', async () => {
  const catalogue = await startLab({});
  catalogue.stop();
  const staticHosts = catalogue.hostsOf('static');
  const hosts = Object.fromEntries(staticHosts.map((h) => [h, { kind: 'dns-fail' }]));
  const r = await runScenario({ hosts });
  assert.equal(r.verdict, 'partial-block');
  assertRows(r, (row) => (row.group === 'static' ? 'unreachable' : 'ok'));
});

test('every host hangs: timeouts, and the verdict within the deadline plus 0.5 s', async () => {
  const r = await runScenario({ default: { kind: 'hang' } });
  assert.equal(r.verdict, 'network-block');
  assertRows(r, () => 'timeout');
  assert.ok(r.runMs <= DEADLINE_MS + 500, `verdict took ${r.runMs} ms after the run started`);
  assert.ok(r.runMs >= DEADLINE_MS - 100, `a hang cannot end before the deadline (${r.runMs} ms)`);
});

test('every host slow (3.5 s): slow network, rows slow', async () => {
  const r = await runScenario({ default: { kind: 'ok', delay_ms: 3500 } });
  assert.equal(r.verdict, 'slow-network');
  assertRows(r, () => 'slow');
});

test('the status page reports a major incident: Intuit outage, incident shown', async () => {
  const r = await runScenario({ status_page: { indicator: 'major' } });
  assert.equal(r.verdict, 'intuit-outage');
  assert.match(r.statusText, /major outage/);
  assert.match(r.statusText, /Customers may see errors when taking payments/);
  assertRows(r, () => 'ok');
});

test('untrusted certificate and connection reset read as unreachable', async () => {
  const r = await runScenario({
    hosts: { 'accounts.intuit.com': { kind: 'untrusted-cert' }, 'connect.intuit.com': { kind: 'reset' } },
  });
  assert.equal(r.outcomeOf('accounts'), 'unreachable');
  assert.equal(r.outcomeOf('payments-connect'), 'unreachable');
  assert.equal(r.verdict, 'partial-block');
});

test('a status page without CORS is reported as unreadable, never as an error screen', async () => {
  const r = await runScenario({ status_page: { indicator: 'none', cors: false } });
  assert.equal(r.verdict, 'all-clear');
  assert.match(r.statusText, /could not be read/);
});

test('idle page: contracts hold before any run, nothing is contacted until the click', async () => {
  const requests = [];
  const r = await runScenario({}, {
    path: '/',
    beforeRun: async (page) => {
      page.on('request', (req) => requests.push(req.url()));
      await page.waitForSelector('[data-run-state="idle"]');
      const idle = await page.evaluate(() => ({
        outcomes: [...document.querySelectorAll('[data-endpoint]')].map((el) => el.getAttribute('data-outcome')),
        groups: [...document.querySelectorAll('[data-endpoint]')].map((el) => el.getAttribute('data-group')),
        verdict: document.querySelector('[data-verdict]'),
      }));
      assert.ok(idle.outcomes.length >= 8);
      assert.ok(idle.outcomes.every((o) => o === 'not-run'), 'rows start as not-run');
      assert.deepEqual([...new Set(idle.groups)].sort(), ['api', 'app', 'payments', 'sign-in', 'static', 'status']);
      assert.equal(idle.verdict, null, 'no verdict before a run');
      assert.ok(!requests.some((u) => !u.startsWith('http://127.0.0.1')), 'no Intuit request before the click');
      await page.click('[data-action="run"]');
    },
  });
  assert.equal(r.verdict, 'all-clear');
  assert.equal(r.causes[0], 'all-clear');
});

test('the built page keeps a CSP that lists exactly the catalogue hosts', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./harness.mjs');
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const sources = (name) => policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name).slice(1).sort();
  const lab = await startLab({});
  try {
    assert.deepEqual(sources('connect-src'), [...lab.connect_src].sort());
    assert.deepEqual(sources('img-src'), [...lab.img_src].sort());
  } finally {
    lab.stop();
  }
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script in the built page');
});

test('one retired test image (404) on a healthy lab: all clear, with a quiet note that names the file', async () => {
  const r = await runScenario({ hosts: { 'plugin.intuitcdn.net': { kind: 'status', code: 404 } } }, {
    inspect: async (page) => {
      const note = await page.textContent('[data-cause="retired-test-file"]');
      assert.match(note, /did not load/);
      // It sits in "Why this verdict", which says how many findings it holds.
      assert.match(await page.textContent('.findings-fold summary'), /2 findings/);
      await unfold(page, '[data-cause="retired-test-file"]');
      assert.ok(await page.isVisible('[data-cause="retired-test-file"]'));
      assert.doesNotMatch(await page.textContent('.verdict'), /Intuit's servers|problem most likely is: Intuit/);
    },
  });
  assert.equal(r.verdict, 'all-clear');
  assert.equal(r.outcomeOf('static-plugin'), 'server-error', 'the row keeps its own outcome');
  assert.deepEqual(r.causes.slice(0, 2), ['all-clear', 'retired-test-file']);
});

test('one of the two test images of a host is gone: the host is fine, the note says which file', async () => {
  const r = await runScenario({ missing: ['quickbooks.intuit.com/cas/dam/IMAGE/A6OWCozsM/qb_thumb.png'] }, {
    inspect: async (page) => {
      assert.match(await page.textContent('[data-cause="retired-test-file"]'), /did not load/);
      const row = await page.textContent('[data-endpoint="quickbooks-site"]');
      assert.match(row, /most likely moved or retired/);
    },
  });
  assert.equal(r.verdict, 'all-clear');
  assert.equal(r.outcomeOf('quickbooks-site'), 'ok');
});

test('a 502 on every image host stays a high-confidence Intuit verdict, drawn in red', async () => {
  const r = await runScenario({ default: { kind: 'status', code: 502 } }, {
    inspect: async (page) => {
      assert.match(await page.getAttribute('.verdict', 'class'), /confidence-high/);
      assert.match(await page.textContent('.verdict'), /Intuit's servers are having problems/);
    },
  });
  assert.equal(r.verdict, 'intuit-outage');
});

test('?run alone, with a value or among other parameters starts the check; ?running and ?rerun do not', async () => {
  for (const path of ['/?x=1&run', '/?run=1']) {
    const r = await runScenario({}, { path });
    assert.equal(r.verdict, 'all-clear', path);
  }
  const lab = await startLab({});
  const browser = await (await import('./harness.mjs')).launch(lab);
  try {
    const page = await (await browser.newContext()).newPage();
    for (const path of ['/?running', '/?rerun']) {
      const intuit = [];
      page.on('request', (r) => { if (!r.url().startsWith(lab.origin)) intuit.push(r.url()); });
      await page.goto(lab.origin + path);
      await page.waitForSelector('[data-action="run"]');
      // The app is up and listening: a run it started would show at once.
      await page.waitForFunction(() => window.qboCheckRunNow === false);
      assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'idle', path);
      assert.deepEqual(intuit, [], `${path} contacts no Intuit host`);
    }
  } finally {
    await browser.close();
    lab.stop();
  }
});
