// Passing a result on: clipboard, download, a shared link opened elsewhere, broken links,
// history across runs, and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { blockUrls, clickFolded, runScenario, withPage } from './harness.mjs';

const CLIPBOARD = { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } };

async function clipboardAfter(page, action) {
  await clickFolded(page, `[data-action="${action}"]`);
  await page.waitForSelector(`.copy:has([data-action="${action}"]) .copy-feedback:has-text("Copied")`);
  return page.evaluate(() => navigator.clipboard.readText());
}

test('summary and help-desk code go to the clipboard with a visible confirmation', async () => {
  await runScenario({ hosts: { 'connect.intuit.com': { kind: 'refuse' } } }, {
    ...CLIPBOARD,
    inspect: async (page) => {
      const code = await page.getAttribute('.help-code', 'data-code');
      assert.match(code, /^QBC2-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}$/);
      assert.ok(code.length <= 40);
      assert.equal(await clipboardAfter(page, 'copy-code'), code);
      const summary = await clipboardAfter(page, 'copy-summary');
      assert.match(summary, /connect\.intuit\.com unreachable/);
      assert.match(summary, /Help-desk code: QBC2-/);
      assert.ok(summary.length < 800);
      // Pasted back into the page, the code expands.
      await clickFolded(page, '[data-action="open-lookups"]');
      await page.waitForSelector('#help-code');
      await page.fill('#help-code', code.toLowerCase().replaceAll('-', ' '));
      await page.click('[data-action="expand-code"]');
      assert.match(await page.textContent('.code-facts'), /Top cause: a firewall, proxy, VPN or filter/);
    },
  });
});

test('the JSON report downloads with every probe and no personal data', async () => {
  await runScenario({}, {
    inspect: async (page) => {
      const [download] = await Promise.all([page.waitForEvent('download'), clickFolded(page, '[data-action="download-json"]')]);
      assert.match(download.suggestedFilename(), /^qbo-check-report-\d+\.json$/);
      const text = readFileSync(await download.path(), 'utf8');
      const report = JSON.parse(text);
      assert.equal(report.schema, 'qbo-check/report/2');
      assert.equal(report.probes.length, 12);
      assert.equal(report.findings[0].cause, 'all-clear');
      assert.equal(report.browser.family, 'chrome');
      assert.ok(report.environment.cookies && report.environment.clock, 'environment facts are in it');
      assert.doesNotMatch(text, /Mozilla|127\.0\.0\.1|qbo_check_probe=/, 'no UA string, address or cookie value');
    },
  });
});

test('a shared link opens elsewhere as a read-only report with the same verdict', async () => {
  let link;
  let original;
  await runScenario({ hosts: { 'connect.intuit.com': { kind: 'refuse' } } }, {
    ...CLIPBOARD,
    inspect: async (page, result) => {
      link = await clipboardAfter(page, 'copy-link');
      original = result;
    },
  });
  assert.ok(link.length < 2000, `link is ${link.length} characters`);
  await withPage({}, async (page, lab) => {
    const intuitRequests = [];
    page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) intuitRequests.push(r.url()); });
    // The same page, served from another origin: only the fragment carries the report.
    await page.goto(lab.origin + '/' + link.slice(link.indexOf('#')));
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), original.verdict);
    assert.match(await page.textContent('.shared-banner'), /Shared report from \d{4}-\d\d-\d\d/);
    assert.equal(await page.getAttribute('[data-endpoint="payments-connect"]', 'data-outcome'), 'unreachable');
    assert.deepEqual(intuitRequests, [], 'opening a shared report contacts no Intuit host');
    await page.click('[data-action="run"]');
    await page.waitForSelector('[data-run-state="done"]:not([data-view])');
    assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), 'all-clear');
    assert.ok(!page.url().includes('#r2.'), 'the fragment is dropped for a fresh run');
  });
});

test('broken, truncated and future links get a clear message, never a blank page', async () => {
  await withPage({}, async (page, lab) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const [fragment, message] of [
      ['#r1.@@not-base64@@', /damaged/],
      ['#r1.AAAB', /cut short|damaged/],
      ['#r7.AAAA', /newer version/],
      ['#something-else', /not a qbo-check report/],
      ['#r1.' + 'A'.repeat(6000), /longer than any/],
      ['#r2.@@', /damaged/],
      ['#r2.AQ', /cut short|damaged/],
    ]) {
      await page.goto(lab.origin + '/' + fragment);
      const alert = await page.waitForSelector('[role="alert"].notice');
      assert.match(await alert.textContent(), message, fragment.slice(0, 20));
      assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'idle');
      assert.ok(await page.isEnabled('[data-action="run"]'));
    }
    assert.deepEqual(errors, []);
  });
});

test('history across two runs shows what changed; forget clears it', async () => {
  await runScenario({}, {
    prepare: async (page) => {
      page.__unblock = await blockUrls(page, ['*connect.intuit.com*']);
    },
    inspect: async (page) => {
      assert.equal(await page.getAttribute('[data-endpoint="payments-connect"]', 'data-outcome'), 'unreachable');
      await page.__unblock();
      await page.click('[data-action="run"]');
      await page.waitForSelector('[data-run-state="done"] [data-endpoint="payments-connect"][data-outcome="ok"]', { state: 'attached' });
      const changes = await page.$$eval('[data-change]', (els) => els.map((e) => e.textContent));
      assert.ok(changes.includes('Payments and invoice links: Unreachable → Reachable'), JSON.stringify(changes));
      await page.click('[data-action="forget-history"]');
      assert.equal(await page.evaluate(() => localStorage.getItem('qbo-check.history.v1')), null);
      assert.match(await page.textContent('.history'), /No history is kept/);
    },
  });
});

test('without storage there is no history and no error; print shows the report only', async () => {
  const r = await runScenario({}, {
    preferences: { profile: { default_content_setting_values: { cookies: 2 } } },
    inspect: async (page, result) => {
      assert.match(await page.textContent('.history'), /No history is kept/);
      await page.emulateMedia({ media: 'print' });
      assert.ok(!(await page.isVisible('[data-action="run"]')), 'buttons are not printed');
      assert.ok(await page.isVisible('[data-verdict]'));
      assert.ok(await page.isVisible('[data-step]'));
      assert.deepEqual(result.consoleErrors.filter((e) => !/Failed to load resource/.test(e)), []);
    },
  });
  assert.equal(r.verdict, 'cookies-blocked');
});
