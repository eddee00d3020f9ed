// Deployment files agree with the page and the catalogue; hashed assets carry SRI; and when
// WebAssembly cannot run, the page still gives the basic steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, blockFollowup, blockUrls, clickFolded, launch, runScenario, startLab, withPage } from './harness.mjs';

const read = (...p) => readFileSync(join(ROOT, ...p), 'utf8');
const metaCsp = (html) => html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
const directives = (csp) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v.sort().join(' ')]));

test('_headers, the nginx snippet and the meta CSP agree, and list exactly the catalogue', async () => {
  const meta = directives(metaCsp(read('dist', 'index.html')));
  const headersFile = read('dist', '_headers');
  const header = directives(headersFile.match(/Content-Security-Policy: (.+)/)[1]);
  const nginxFile = read('dist', 'nginx.conf');
  const nginxCsps = [...nginxFile.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((m) => m[1]);
  assert.equal(nginxCsps.length, 3, 'every location carries the CSP');
  for (const csp of nginxCsps) assert.deepEqual(directives(csp), header, 'nginx and _headers');
  assert.doesNotMatch(nginxFile, /^\s*types\s*\{/m, 'no types block: it would replace the MIME map');
  assert.equal(header['frame-ancestors'], "'none'");
  const { 'frame-ancestors': _, ...rest } = header;
  assert.deepEqual(rest, meta, '_headers CSP = meta CSP + frame-ancestors');
  const lab = await startLab({});
  lab.stop();
  assert.equal(meta['connect-src'], [...lab.connect_src].sort().join(' '));
  assert.equal(meta['img-src'], [...lab.img_src].sort().join(' '));
  assert.doesNotMatch(headersFile + nginxFile, /unsafe-inline|'unsafe-eval'/);
  for (const name of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy: camera=()']) {
    assert.ok(headersFile.includes(name), name);
  }
});

test('served with those headers: long cache for hashed assets only', async () => {
  const lab = await startLab({});
  try {
    const get = async (path) => (await fetch(lab.origin + path)).headers;
    // The loader names the main wasm (the page itself no longer preloads it).
    const wasm = read('dist', 'loader.js').match(/'\.\/(assets\/qbo-check-[0-9a-f]+_bg\.wasm)'/)[1];
    assert.match((await get('/' + wasm)).get('cache-control'), /immutable/);
    for (const path of ['/', '/index.html', '/loader.js']) assert.equal((await get(path)).get('cache-control'), 'no-cache', path);
    assert.equal((await get('/version.json')).get('cache-control'), 'no-store');
    const root = await get('/');
    assert.match(root.get('content-security-policy'), /frame-ancestors 'none'/);
    assert.equal(root.get('referrer-policy'), 'no-referrer');
  } finally {
    lab.stop();
  }
});

test('the follow-up part is fetched with correct SRI hashes, never at first load', () => {
  const loader = read('dist', 'loader.js');
  const sriOf = (file) => 'sha384-' + createHash('sha384').update(readFileSync(join(ROOT, 'dist', file))).digest('base64');
  // The split script (imported by the glue, preloaded by the loader with its hash) fetches the
  // split-off wasm with the wasm's hash.
  const split = loader.match(/'\.\/(assets\/qbo-check-split-[0-9a-f]{16}\.js)',\s*'(sha384-[^']+)'/);
  assert.ok(split, 'the loader preloads the split script with its hash');
  assert.equal(split[2], sriOf(split[1]));
  const splitJs = read('dist', split[1]);
  // Every part the split script fetches carries its own hash.
  const fetched = [...splitJs.matchAll(/fetch\(new URL\("\.\/([^"]+\.wasm)"[^)]*\)\s*(,\s*\{\s*integrity:\s*"(sha384-[^"]+)")?/g)];
  assert.ok(fetched.length >= 2, 'the probes and the follow-up part at least');
  for (const [, file, , integrity] of fetched) assert.equal(integrity, sriOf(`assets/${file}`), file);
  const part = splitJs.match(/\.\/(qbo-check-followup-[0-9a-f]{16}_bg\.wasm)["'][^)]*\)\s*,\s*\{\s*integrity:\s*["'](sha384-[^"']+)["']/);
  assert.ok(part, 'the split script fetches the part with its hash');
  assert.equal(part[2], sriOf(`assets/${part[1]}`));
  // With ?run the loader preloads the same part, with the same hash.
  const preload = loader.match(/'\.\/(assets\/qbo-check-followup-[0-9a-f]{16}_bg\.wasm)',\s*'(sha384-[^']+)'/);
  assert.deepEqual(preload && [preload[1], preload[2]], [`assets/${part[1]}`, part[2]]);
  assert.doesNotMatch(read('dist', 'index.html'), /followup/);
  // The main wasm is fetched with its integrity checked too.
  const main = loader.match(/fetch\('\.\/(assets\/qbo-check-[0-9a-f]+_bg\.wasm)',\s*\{\s*integrity:\s*'(sha384-[^']+)'/);
  assert.ok(main, 'the main wasm is fetched with integrity');
  assert.equal(main[2], sriOf(main[1]));
});

test('every script, style and preload in the page carries a correct SRI hash', () => {
  const html = read('dist', 'index.html');
  const tags = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/([^"]+)"[^>]*>/g)];
  assert.ok(tags.length >= 3, 'the loader, the stylesheet and the icon');
  for (const [tag, file] of tags) {
    const integrity = tag.match(/integrity="(sha384-[^"]+)"/);
    assert.ok(integrity, `no integrity on ${file}`);
    const body = readFileSync(join(ROOT, 'dist', file));
    assert.equal(integrity[1], 'sha384-' + createHash('sha384').update(body).digest('base64'), file);
  }
});

test('every file the loader fetches carries its correct SRI hash', () => {
  const loader = read('dist', 'loader.js');
  const refs = [...loader.matchAll(/'\.\/(assets\/[^']+)',\s*(?:\{\s*)?(?:integrity:\s*)?'(sha384-[^']+)'/g)];
  const files = new Set(refs.map(([, file]) => file));
  for (const pattern of [/^assets\/qbo-check-[0-9a-f]+\.js$/, /^assets\/qbo-check-[0-9a-f]+_bg\.wasm$/, /qbo-check-split-[0-9a-f]+\.js$/, /qbo-check-followup-.*_bg\.wasm$/, /followup-[0-9a-f]+\.css$/]) {
    assert.ok([...files].some((f) => pattern.test(f)), `the loader checks ${pattern}`);
  }
  for (const [, file, integrity] of refs) {
    const body = readFileSync(join(ROOT, 'dist', file));
    assert.equal(integrity, 'sha384-' + createHash('sha384').update(body).digest('base64'), file);
  }
});

for (const [name, block] of [
  ['the wasm is blocked', { urls: ['*.wasm'] }],
  ['the browser has no WebAssembly', { noWasm: true }],
  ['the loader is blocked', { urls: ['*loader.js*'] }],
  ['the loader fails its integrity check', { tamper: true }],
]) {
  test(`fallback when ${name}: plain steps, never a blank page`, async () => {
    const lab = await startLab({});
    const browser = await launch(lab);
    try {
      const page = await (await browser.newContext()).newPage();
      if (block.urls) {
        await blockUrls(page, block.urls);
      } else if (block.tamper) {
        // A half-finished deploy or a stale proxy: loader.js no longer matches its hash.
        await page.route('**/loader.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'console.log("changed");' }));
      } else {
        await page.addInitScript(() => { delete window.WebAssembly; });
      }
      const started = Date.now();
      await page.goto(lab.origin + '/?run');
      const fallback = await page.waitForSelector('#fallback[role="alert"]', { state: 'visible', timeout: 25_000 });
      if (block.urls?.[0] === '*loader.js*' || block.tamper) {
        assert.ok(Date.now() - started < 3_000 + 2_000, `the steps appeared after ${Date.now() - started} ms`);
      }
      const text = await fallback.textContent();
      assert.match(text, /private window/);
      assert.match(text, /intuit\.com/);
      const links = await page.$$eval('#fallback a', (as) => as.map((a) => a.href));
      // Intuit's help (for the browser's region when the loader ran, else the generic root) and
      // the status page: nothing else.
      assert.equal(links.length, 2, JSON.stringify(links));
      assert.ok(links.includes('https://status.quickbooks.intuit.com/'), JSON.stringify(links));
      assert.match(links.find((l) => !l.includes('status.')), /^https:\/\/quickbooks\.intuit\.com\/learn-support\/(en-us\/)?$/);
      assert.ok(!(await page.isVisible('#loading')), 'the loading line is gone');
      // The help-region switcher needs the loader: shown when it ran, hidden (not dead) when not.
      const loaderRan = !(block.urls?.[0] === '*loader.js*' || block.tamper);
      assert.equal(await page.isVisible('[data-action="language"]'), loaderRan, 'the switcher');
      assert.equal(await page.isVisible('#help-region-note'), loaderRan, 'the switcher\'s note');
    } finally {
      await browser.close();
      lab.stop();
    }
  });
}

test('with JavaScript turned off, the page still gives the plain steps and the official help', async () => {
  const lab = await startLab({});
  const browser = await launch(lab);
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(lab.origin + '/');
    const text = await page.textContent('noscript, .fallback');
    assert.match(await page.evaluate(() => document.body.innerText), /private window/);
    assert.match(await page.evaluate(() => document.body.innerText), /status\.quickbooks\.intuit\.com/);
    // In French too, marked so: nothing can choose the language without a script.
    assert.match(await page.evaluate(() => document.body.innerText), /fenêtre privée/);
    assert.equal(await page.$$eval('noscript p[lang="fr-CA"]', (els) => els.length), 1);
    assert.ok(text);
    assert.ok(!(await page.isVisible('[data-action="language"]')), 'no switcher that cannot work');
  } finally {
    await browser.close();
    lab.stop();
  }
});

test('a first visit fetches no part of the binary until asked; the probes when the pointer reaches the run button', async () => {
  await withPage({}, async (page, lab) => {
    const parts = [];
    page.on('request', (r) => { if (/qbo-check-(probes|chunk-\d+|followup|extras)-/.test(r.url())) parts.push(r.url().replace(/.*\/assets\//, '')); });
    await page.goto(lab.origin + '/');
    await page.waitForSelector('[data-action="run"]:not([disabled])');
    await page.hover('h1');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(parts, [], 'no part before the pointer reaches the button');
    await page.hover('[data-action="run"]');
    await page.waitForLoadState('networkidle');
    assert.ok(parts.some((p) => p.startsWith('qbo-check-probes-')), parts.join(', '));
    assert.ok(!parts.some((p) => p.startsWith('qbo-check-followup-')), 'the follow-up part waits for a result');
    assert.ok(!parts.some((p) => p.startsWith('qbo-check-extras-')), 'the extras wait to be asked for');
  });
});

// The parts of the binary fetched on demand (docs/ARCHITECTURE.md, "One binary, split into
// parts"): one that cannot be fetched fails its call, never the page.
test('when the probes cannot be fetched: an alert, the page idle again, and the next run works', async () => {
  await withPage({}, async (page, lab) => {
    let blocked = true;
    await page.route('**/assets/qbo-check-probes-*', (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(lab.origin + '/');
    await page.click('[data-action="run"]');
    const alert = await page.waitForSelector('.notice[role="alert"]', { timeout: 15_000 });
    assert.match(await alert.textContent(), /could not start: part of this page did not load/);
    await page.waitForSelector('[data-run-state="idle"]');
    assert.equal(await page.$('[data-verdict]'), null, 'no verdict without probes');
    blocked = false;
    await page.click('[data-action="run"]');
    await page.waitForSelector('[data-run-state="done"]', { timeout: 30_000 });
    assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), 'all-clear');
    assert.equal(await page.$('.notice[role="alert"]'), null, 'the alert goes with the new run');
  });
});

test('a shared link whose reader cannot be fetched gets an alert, not a blank page', async () => {
  await withPage({}, async (page, lab) => {
    await blockFollowup(page);
    await page.goto(lab.origin + '/#r2.AAAA');
    const alert = await page.waitForSelector('.notice[role="alert"]', { timeout: 15_000 });
    assert.match(await alert.textContent(), /shared report could not be opened: part of this page did not load/);
    assert.ok(await page.isVisible('[data-action="run"]'), 'the page can still run its own check');
  });
});

// The extras (the lookups, the JSON report, older links, watch mode's rounds) are fetched only
// when one of them is asked for: a run does not download them.
test('a run does not fetch the extras; the lookups and the report file do, when asked', async () => {
  await withPage({}, async (page, lab) => {
    const extras = [];
    page.on('request', (r) => { if (/qbo-check-extras-/.test(r.url())) extras.push(r.url()); });
    await page.goto(lab.origin + '/?run');
    await page.waitForSelector('[data-run-state="done"]', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(extras, [], 'a run fetched the extras');
    const [download] = await Promise.all([page.waitForEvent('download'), clickFolded(page, '[data-action="download-json"]')]);
    assert.match(download.suggestedFilename(), /^qbo-check-report-\d+\.json$/);
    // Fetched by the report (its preload, when the pointer reached the button, may be a second
    // request for the same file).
    assert.ok(extras.length >= 1, 'the report file fetched the extras');
    const fetchedForReport = extras.length;
    await clickFolded(page, '[data-action="open-lookups"]');
    await page.waitForSelector('#error-code');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-code', 'the lookups take the focus');
    assert.equal(extras.length, fetchedForReport, 'the lookups reuse the part already fetched');
  });
});

test('when the extras cannot be fetched: the lookups and the report file say so, and work when asked again', async () => {
  await withPage({}, async (page, lab) => {
    let blocked = true;
    await page.route('**/assets/qbo-check-extras-*', (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(lab.origin + '/?run');
    await page.waitForSelector('[data-run-state="done"]', { timeout: 30_000 });
    await clickFolded(page, '[data-action="open-lookups"]');
    const alert = await page.waitForSelector('.lookups .notice[role="alert"]', { timeout: 15_000 });
    assert.match(await alert.textContent(), /lookups could not load/);
    await clickFolded(page, '[data-action="download-json"]');
    await page.waitForFunction(() => /part of this page did not load/.test(document.querySelector('[data-action="download-json"] + .copy-feedback')?.textContent ?? ''));
    assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'done', 'the result stays');
    blocked = false;
    await page.click('[data-action="open-lookups"]');
    await page.waitForSelector('#error-code');
    assert.equal(await page.$('.lookups .notice[role="alert"]'), null, 'the alert goes once they load');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-json"]')]);
    assert.match(download.suggestedFilename(), /^qbo-check-report-\d+\.json$/);
  });
});

for (const [how, prepare] of [
  ['blocked', blockFollowup],
  // Altered on the way (a proxy, a half-finished deploy): the part's SRI hash does not match.
  // The real part with an empty custom section added: it would load and work the same, so only
  // its SRI hash can refuse it.
  ['altered', (page) => page.route('**/assets/qbo-check-followup-*', async (route) => {
    const body = await (await route.fetch()).body();
    const section = Buffer.from([0, 5, 4, ...Buffer.from('test')]);
    await route.fulfill({ contentType: 'application/wasm', body: Buffer.concat([body, section]) });
  })],
]) {
  test(`when the follow-up module is ${how}: the verdict, plain steps in order, and done`, async () => {
    await runScenario({ hosts: { 'connect.intuit.com': { kind: 'refuse' } } }, {
      prepare,
      inspect: async (page, result) => {
        assert.ok(result.verdict);
        const steps = await page.$$eval('[data-step]', (els) => els.map((el) => el.getAttribute('data-step')));
        assert.ok(steps.length > 0, 'plain steps');
        assert.match(await page.textContent('.fixes .note'), /could not load/);
        // The lookups are a part of their own: still offered, and they open.
        assert.equal(await page.$('.lookups [role="alert"]'), null, 'the lookups do not depend on the follow-up part');
        await clickFolded(page, '[data-action="open-lookups"]');
        await page.waitForSelector('#error-code');
        assert.equal(await page.$('#fallback:not([hidden])'), null, 'the main page did start');
      },
    });
  });
}
