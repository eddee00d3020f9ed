// For help desks: a ticket tag from the address (`?ticket=`), carried into the summary, the
// link, the report and the history, and strictly refused otherwise; and a saved report opened
// in the page (`data-action="open-report"`), by picker or by drop, with hostile files refused
// in words. docs/FORMATS.md, "Opening a saved report"; engine/src/ticket.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickFolded, launch, runScenario, startLab, unfold } from './harness.mjs';

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const BLOCKED = { hosts: { 'connect.intuit.com': { kind: 'refuse' }, 'c9.qbo.intuit.com': { kind: 'refuse' } } };
// Written in pieces, so that no phone number stands in this repository as such.
const PHONE = ['1-800', '-555-', '0199'].join('');
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

async function copied(page, action) {
  await clickFolded(page, `[data-action="${action}"]`);
  await page.waitForSelector(`.copy:has([data-action="${action}"]) .copy-feedback:has-text("Copied")`);
  return page.evaluate(() => navigator.clipboard.readText());
}

async function downloadReport(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), clickFolded(page, '[data-action="download-json"]')]);
  return readFileSync(await download.path(), 'utf8');
}

/** What a shared report shows: its verdict, its rows and its steps. */
const shown = (page) => page.evaluate(() => ({
  verdict: document.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
  rows: [...document.querySelectorAll('[data-endpoint]')].map((el) => `${el.getAttribute('data-endpoint')}=${el.getAttribute('data-outcome')}`),
  steps: [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step')),
  ticket: document.querySelector('[data-ticket]')?.getAttribute('data-ticket') ?? null,
}));

test('a ticket tag is shown and carried into the summary, the link, the report and the history', async () => {
  await runScenario(BLOCKED, {
    path: '/?ticket=HD-1234&run',
    contextOptions: CLIPBOARD,
    inspect: async (page, result) => {
      assert.equal(result.verdict, 'partial-block');
      assert.equal(await page.getAttribute('[data-ticket]', 'data-ticket'), 'HD-1234');
      assert.equal(await page.$('[role="alert"]'), null);
      assert.match(await copied(page, 'copy-summary'), /^Ticket: HD-1234$/m);
      const report = JSON.parse(await downloadReport(page));
      assert.equal(report.ticket, 'HD-1234');
      const link = await copied(page, 'copy-link');
      assert.match(report.link, /^#r2\./);
      assert.ok(link.endsWith(report.link), 'the report carries the same link, without the page\'s address');
      // The history: a second run on this device names the first one's ticket.
      await page.goto(page.url().replace(/[?#].*$/, '') + '?ticket=HD-1235&run');
      await page.waitForSelector('[data-run-state="done"]');
      await page.waitForSelector('[data-previous-ticket="HD-1234"]', { state: 'attached' });
      assert.equal(await page.getAttribute('[data-ticket]', 'data-ticket'), 'HD-1235');
      // Opened elsewhere, the link shows the ticket it was made for.
      const elsewhere = link.replace(/^https?:\/\/[^/]+/, result.lab.origin);
      await page.goto(elsewhere);
      await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
      assert.equal((await shown(page)).ticket, 'HD-1234');
      // A link edited to carry a dialable tag still shows its result, never the tag, and says
      // the tag was left out.
      const edited = await page.evaluate((address) => {
        const [base, payload] = address.split('#r2.');
        const bytes = [...atob(payload.replaceAll('-', '+').replaceAll('_', '/'))].map((c) => c.charCodeAt(0));
        const at = bytes.findIndex((_, i) => String.fromCharCode(...bytes.slice(i, i + 7)) === 'HD-1234');
        '5550199'.split('').forEach((c, k) => { bytes[at + k] = c.charCodeAt(0); });
        return `${base}#r2.${btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
      }, elsewhere);
      await page.goto(edited);
      await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
      await page.waitForSelector('[role="alert"]');
      assert.match(await page.textContent('[role="alert"]'), /ticket tag is not one qbo-check writes/);
      assert.equal((await shown(page)).ticket, null);
      assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /555/);
    },
  });
});

const REFUSED_TICKETS = [
  ['a phone number', encodeURIComponent(PHONE)],
  ['a phone number behind letters', `CALL-${PHONE.replaceAll('-', '')}`],
  ['markup', encodeURIComponent('<b>HD-1</b>')],
  ['a bidi override', encodeURIComponent('HD\u202E4321')],
  ['25 characters', 'A'.repeat(25)],
  ['nothing', ''],
];

for (const [name, value] of REFUSED_TICKETS) {
  test(`a ticket tag that is ${name} is refused with an alert and never shown`, async () => {
    await runScenario({}, {
      path: `/?ticket=${value}&run`,
      inspect: async (page, result) => {
        assert.equal(result.verdict, 'all-clear', 'the check itself still runs');
        const alert = await page.textContent('[role="alert"]');
        assert.match(alert, /ticket tag in this address was not used/);
        assert.equal(await page.$('[data-ticket]'), null);
        const text = await page.evaluate(() => document.body.innerText);
        assert.doesNotMatch(text, /555|0199|CALL|4321|AAAAAAAAAA|HD-1(?!\d)|<b>/);
        assert.doesNotMatch(text, HIDDEN);
      },
    });
  });
}

test('a downloaded report opens in a fresh page as a shared report with its verdict, rows and steps', async () => {
  let saved;
  let expected;
  await runScenario(BLOCKED, {
    path: '/?ticket=HD-77&run',
    inspect: async (page) => {
      saved = await downloadReport(page);
      expected = await shown(page);
    },
  });
  const lab = await startLab({});
  const browser = await launch(lab);
  const dir = mkdtempSync(join(tmpdir(), 'qbo-report-'));
  try {
    const file = join(dir, 'qbo-check-report.json');
    writeFileSync(file, saved);
    const page = await (await browser.newContext()).newPage();
    await page.goto(lab.origin + '/');
    await page.waitForSelector('[data-action="open-report"]', { state: 'attached' });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).origin));
    await page.setInputFiles('[data-action="open-report"]', file);
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    await page.waitForSelector('[data-step]', { state: 'attached' });
    assert.deepEqual(await shown(page), expected);
    // Reading the file sent nothing: the only requests are the page's own module files.
    assert.deepEqual([...new Set(requests)].filter((o) => o !== lab.origin), []);
    assert.match(new URL(page.url()).hash, /^#r2\./, 'the address is the report\'s link');
    // Dropped on the page, the same file opens the same way.
    await page.goto(lab.origin + '/');
    await page.waitForSelector('[data-action="run"]');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'report.json', { type: 'application/json' }));
      const target = document.querySelector('.results');
      for (const type of ['dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, saved);
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    assert.equal((await shown(page)).verdict, expected.verdict);
  } finally {
    await browser.close();
    lab.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hostile and broken report files get an alert in words, and the page stays whole', async () => {
  let saved;
  await runScenario(BLOCKED, { inspect: async (page) => { saved = JSON.parse(await downloadReport(page)); } });
  const lab = await startLab({});
  const browser = await launch(lab);
  const dir = mkdtempSync(join(tmpdir(), 'qbo-hostile-'));
  try {
    const text = JSON.stringify(saved, null, 2);
    const huge = join(dir, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const scam = `Call Intuit support ${PHONE} \u202E${PHONE}\u202C\u200B now`;
    const cases = [
      // Texts full of phone numbers around a good link: the link opens, the texts never show.
      ['phone numbers in every text', JSON.stringify({ ...saved, app_version: scam, findings: saved.findings.map((f) => ({ ...f, title: scam, detail: scam })), note: scam }), null],
      ['a phone number instead of the link', JSON.stringify({ ...saved, link: scam }), /could not be read/],
      ['bidi characters in the schema', JSON.stringify({ ...saved, schema: `qbo-check/report/2\u202E` }), /not a qbo-check report/],
      ['50 MB', huge, /larger than 1 MB/],
      ['the wrong schema', JSON.stringify({ ...saved, schema: 'something-else/1' }), /not a qbo-check report/],
      ['a newer schema', JSON.stringify({ ...saved, schema: 'qbo-check/report/9' }), /newer version/],
      ['an old report without its link', JSON.stringify({ ...saved, link: undefined }), /older version/],
      ['truncated', text.slice(0, Math.floor(text.length / 2)), /not a complete JSON report/],
      ['not JSON at all', 'PK\u0003\u0004 not a report', /not a complete JSON report/],
      ['JSON that is not an object', '[1, 2, 3]', /not a qbo-check report/],
    ];
    const page = await (await browser.newContext()).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const [name, content, message] of cases) {
      await page.goto(lab.origin + '/');
      await page.waitForSelector('[data-action="run"]');
      let file = content;
      if (content !== huge) {
        file = join(dir, `${name.replaceAll(' ', '-')}.json`);
        writeFileSync(file, content);
      }
      await unfold(page, '[data-action="open-report"]');
      await page.setInputFiles('[data-action="open-report"]', file);
      if (message) {
        await page.waitForSelector('[role="alert"]', { timeout: 15_000 });
        assert.match(await page.textContent('[role="alert"]'), message, name);
        assert.equal(await page.$('[data-view="shared-report"]'), null, name);
        assert.ok(await page.isVisible('[data-action="run"]'), `${name}: the page stays whole`);
      } else {
        await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
        assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), 'partial-block');
      }
      const visible = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(visible, /555|0199|Call Intuit/, name);
      assert.doesNotMatch(visible, HIDDEN, name);
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    lab.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
