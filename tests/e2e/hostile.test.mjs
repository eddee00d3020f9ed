// Input from outside this page's own code, in real Chromium: hand-made links in the old format
// stuffed with phone numbers and hidden characters, a live status page that names a phone
// number, and status pages too large to read. None of that text may reach the screen, the
// clipboard, a link or the JSON report, and the verdict still arrives within the deadline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickFolded, launch, ROOT, runScenario, startLab, unfold, withPage } from './harness.mjs';

const HOSTILE = JSON.parse(readFileSync(join(ROOT, 'tests/e2e/data/hostile-links.json'), 'utf8'));
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const DEADLINE_MS = 8_000;
// Anything that could be a phone number, and the hidden characters a scam uses.
const PHONE_LIKE = /\d[\d\s().\-–]{5,}\d/;
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

async function copied(page, action) {
  await clickFolded(page, `[data-action="${action}"]`);
  await page.waitForSelector(`.copy:has([data-action="${action}"]) .copy-feedback:has-text("Copied")`);
  return page.evaluate(() => navigator.clipboard.readText());
}

function assertClean(text, where) {
  assert.doesNotMatch(text, /555|0199|Call/, `${where}: ${text.slice(0, 200)}`);
  assert.doesNotMatch(text, HIDDEN, where);
}

test('a hand-made old link full of phone numbers opens without showing, copying or reporting any of it', async () => {
  const lab = await startLab({});
  const browser = await launch(lab);
  try {
    const page = await (await browser.newContext(CLIPBOARD)).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${lab.origin}/#${HOSTILE.within_limits}`);
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), 'intuit-outage');
    await page.waitForSelector('[data-action="copy-summary"]', { state: 'attached' });
    assertClean(await page.evaluate(() => document.body.innerText), 'the page');
    assert.match(await page.textContent('.status-panel'), /At the time of the check: Intuit's status page reports a critical outage, with 1 open incident/);
    const summary = await copied(page, 'copy-summary');
    assertClean(summary, 'the summary');
    const link = await copied(page, 'copy-link');
    assert.match(link, /#r2\./, 'a copied link is re-encoded in the typed format');
    const [download] = await Promise.all([page.waitForEvent('download'), clickFolded(page, '[data-action="download-json"]')]);
    assertClean(readFileSync(await download.path(), 'utf8'), 'the JSON report');
    // The re-encoded link opens with the same verdict and is just as clean.
    await page.goto(`${lab.origin}/${link.slice(link.indexOf('#'))}`);
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), 'intuit-outage');
    assertClean(await page.evaluate(() => document.body.innerText), 'the reopened page');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    lab.stop();
  }
});

test('old links with texts longer than the old encoder wrote get a clear alert and nothing else', async () => {
  await withPage({}, async (page, lab) => {
    for (const [name, message] of [['two_hundred_bytes', /damaged/], ['two_kilobytes', /longer than any/]]) {
      await page.goto(`${lab.origin}/#${HOSTILE[name]}`);
      const alert = await page.waitForSelector('[role="alert"].notice');
      assert.match(await alert.textContent(), message, name);
      assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'idle');
      assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /9999999/, name);
    }
  });
});

test('a live status page that names a phone number is shown sanitized and attributed', async () => {
  // Written in pieces, so that no phone number stands in this repository as such.
  const incident = `Call Intuit support at ${['1', '800', '555', '0199'].join('-')} \u202Eenohp\u202C\u200B for help`;
  await runScenario({ status_page: { indicator: 'major', incident } }, {
    contextOptions: CLIPBOARD,
    inspect: async (page, result) => {
      assert.equal(result.verdict, 'intuit-outage');
      const panel = await page.textContent('.status-panel');
      assert.match(panel, /Incident: “Call Intuit support at \[number removed\] enohp for help” \(major impact\)/);
      assert.match(panel, /Quoted from status\.quickbooks\.intuit\.com/);
      // The Intuit verdict quotes the incident too, sanitized and attributed.
      assert.match(await page.textContent('.verdict .incident'), /Intuit's status page says: Call Intuit support at \[number removed\] enohp for help/);
      assert.doesNotMatch(panel, PHONE_LIKE);
      assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /555|0199/);
      assert.doesNotMatch(await page.evaluate(() => document.body.innerHTML), HIDDEN);
      const summary = await copied(page, 'copy-summary');
      assert.doesNotMatch(summary, /555|Call Intuit/);
    },
  });
});

for (const body of ['300mb', 'endless']) {
  test(`a ${body} status page is abandoned early, and the verdict still comes in time`, async () => {
    let sent;
    const r = await runScenario({ status_page: { body } }, {
      inspect: async (page) => {
        sent = (await page.evaluate(async () => (await fetch('/__lab/stats')).json())).status_body_bytes_sent;
      },
    });
    assert.match(r.statusText, /far more than a status summary/);
    assert.equal(r.verdict, 'all-clear');
    assert.ok(r.runMs <= DEADLINE_MS + 500, `verdict after ${r.runMs} ms`);
    // The page stops at 1 MB; what the network stack had buffered is all that left the lab.
    assert.ok(sent < 48 * 1024 * 1024, `the lab sent ${sent} bytes`);
  });
}
