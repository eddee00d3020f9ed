// The same faults in the three engines people use: Chromium, Firefox ESR and WebKitGTK (the
// engine of Safari and of every iPhone browser). Each reaches the lab through its forward proxy
// (engines.mjs), so the proxy's own faults are real too. The same fault must get the same
// verdict in every engine; where an engine hides the difference between two faults, the verdict
// says so (docs/DIAGNOSIS.md, "Evidence that depends on the engine").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startLab } from './harness.mjs';
import { ENGINES, onceMoreIfWebKitCrashed, openEngine, readResult, runIn, waitFor, waitForRun, waitForSelector } from './engines.mjs';

const OUT = join(ROOT, 'test-output', 'engines');
mkdirSync(OUT, { recursive: true });
const PHONE = { width: 375, height: 800 };
const RETIRED = 'quickbooks.intuit.com/cas/dam/IMAGE/A6OWCozsM/qb_thumb.png';

// Fault, lab scenario, the verdict every engine must give.
export const FAULTS = [
  ['every host answers', {}, 'all-clear'],
  ['502 everywhere and an open incident', {
    default: { kind: 'status', code: 502 },
    hosts: { 'status.quickbooks.intuit.com': { kind: 'ok' } },
    status_page: { indicator: 'major', incident: 'Payments returning errors' },
  }, 'intuit-outage'],
  ['the proxy refuses every CONNECT (403)', { proxy: { default: 'forbid' } }, 'network-block'],
  ['the proxy refuses *.intuitcdn.net (403)', { proxy: { hosts: { '*.intuitcdn.net': 'forbid' } } }, 'partial-block'],
  ['the proxy asks for credentials (407)', { proxy: { default: 'auth' } }, 'network-block'],
  ['the proxy resets every connection', { proxy: { default: 'reset' } }, 'network-block'],
  ['every host hangs', { default: { kind: 'hang' } }, 'network-block'],
  ['one of a host\'s two test images is retired (404)', { missing: [RETIRED] }, 'all-clear'],
];

const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

for (const engine of ENGINES) {
  test(`${engine}: every fault gets its verdict, the page fits 375 px, a screenshot of each`, async () => {
    for (const [name, scenario, verdict] of FAULTS) {
      const lab = await startLab(scenario);
      try {
        const r = await runIn(engine, lab, {
          viewport: PHONE,
          inspect: (page) => page.screenshot(join(OUT, `${engine}-${slug(name)}-375.png`)),
        });
        assert.equal(r.verdict, verdict, `${engine}, ${name}: ${r.headline} ${JSON.stringify(r.rows)}`);
        assert.ok(r.width.scroll <= r.width.inner, `${engine}, ${name}: the page is ${r.width.scroll} px wide at ${r.width.inner} px`);
        if (verdict !== 'all-clear') assert.ok(r.steps.length > 0, `${engine}, ${name}: steps are shown`);
        if (engine === 'firefox') assert.equal(r.browser, 'firefox');
        if (engine === 'webkit') assert.equal(r.browser, 'safari');
      } finally {
        lab.stop();
      }
    }
  });
}

// A single-image host whose test file is gone, against the same host refused by a proxy: WebKit
// sees the two identically, so there the page must not say all clear, and must say why.
test('one retired single test image: all clear where the engine can tell, a hedged block in WebKit', async () => {
  for (const engine of ENGINES) {
    const lab = await startLab({ hosts: { 'plugin.intuitcdn.net': { kind: 'status', code: 404 } } });
    try {
      const r = await runIn(engine, lab);
      if (engine === 'webkit') {
        assert.equal(r.verdict, 'partial-block', r.headline);
      } else {
        assert.equal(r.verdict, 'all-clear', `${engine}: ${r.headline}`);
        assert.ok(r.causes.includes('retired-test-file'));
      }
    } finally {
      lab.stop();
    }
  }
});

/** The link the page would copy, read by standing in for the clipboard. */
async function copiedLink(page) {
  return page.evaluate(async () => {
    let copied;
    const clipboard = { writeText: async (text) => { copied = text; } };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    const button = document.querySelector('[data-action="copy-link"]');
    button.closest('details')?.setAttribute('open', '');
    button.click();
    for (let i = 0; i < 50 && !copied; i++) await new Promise((r) => setTimeout(r, 50));
    return copied;
  });
}

test('a link made in one engine opens in the other two with the same verdict', async () => {
  const lab = await startLab({ proxy: { hosts: { '*.intuitcdn.net': 'forbid' } } });
  try {
    for (const maker of ENGINES) {
      const { link, verdict } = await onceMoreIfWebKitCrashed(maker, 'making a link', async () => {
        const page = await openEngine(maker, lab);
        try {
          await page.goto(lab.origin + '/?run');
          await waitForRun(page, lab);
          return { verdict: (await readResult(page)).verdict, link: await copiedLink(page) };
        } finally {
          await page.close();
        }
      });
      assert.match(link ?? '', /#r2\./, `${maker}: a link was copied`);
      for (const reader of ENGINES.filter((e) => e !== maker)) {
        const r = await onceMoreIfWebKitCrashed(reader, 'opening a link', async () => {
          const opened = await openEngine(reader, lab);
          try {
            await opened.goto(lab.origin + '/' + link.slice(link.indexOf('#')));
            await waitForRun(opened, lab, '[data-view="shared-report"][data-run-state="done"]');
            return await readResult(opened);
          } finally {
            await opened.close();
          }
        });
        assert.equal(r.verdict, verdict, `made in ${maker}, opened in ${reader}`);
      }
    }
  } finally {
    lab.stop();
  }
});

test('watch mode runs two rounds in every engine', async () => {
  const lab = await startLab({ hosts: { 'connect.intuit.com': { kind: 'rounds', pattern: 'ud', down: { kind: 'hang' } } } });
  try {
    for (const engine of ENGINES) {
      await onceMoreIfWebKitCrashed(engine, 'watching', async () => {
        const page = await openEngine(engine, lab);
        try {
          await page.goto(lab.origin + '/?watch=10');
          const rounds = await waitFor(page, () => {
            const el = document.querySelector('[data-watch-rounds]');
            const n = Number(el?.getAttribute('data-watch-rounds') ?? 0);
            return n >= 2 ? n : 0;
          }, undefined, { timeout: 60_000, what: 'two watch rounds' });
          assert.ok(rounds >= 2);
          const failed = await page.evaluate(() => document.querySelector('[data-watch-endpoint="payments-connect"]')?.getAttribute('data-failed-rounds'));
          assert.equal(failed, '1', `${engine}: the round where connect.intuit.com hung is counted`);
        } finally {
          await page.close();
        }
      });
    }
  } finally {
    lab.stop();
  }
});

/** Hands `text` to the page as a chosen file (`how` = 'input') or a dropped one ('drop'), the
 * way the browser itself would: a real `File` in a `DataTransfer`, then the event. */
function giveFile(page, text, how) {
  return page.evaluate(([content, via]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'qbo-check-report.json', { type: 'application/json' }));
    if (via === 'input') {
      const input = document.querySelector('[data-action="open-report"]');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      for (const type of ['dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }
    return true;
  }, [text, how]);
}

test('a help desk\'s ticket tag and a saved report work in every engine', async () => {
  const lab = await startLab({ proxy: { hosts: { '*.intuitcdn.net': 'forbid' } } });
  try {
    for (const engine of ENGINES) {
      await onceMoreIfWebKitCrashed(engine, 'a ticket and a saved report', async () => {
        const page = await openEngine(engine, lab);
        try {
          await page.goto(lab.origin + '/?ticket=HD-9&run');
          await waitForRun(page, lab);
          const { verdict } = await readResult(page);
          await waitForSelector(page, '[data-ticket="HD-9"]');
          const link = await copiedLink(page);
          const report = JSON.stringify({ schema: 'qbo-check/report/2', link, findings: [{ title: 'Call 1-800' + '-555-0199' }] });
          for (const how of ['input', 'drop']) {
            await page.goto(lab.origin + '/');
            await waitForSelector(page, '[data-action="open-report"]');
            await giveFile(page, report, how);
            await waitForRun(page, lab, '[data-view="shared-report"][data-run-state="done"]');
            const opened = await readResult(page);
            assert.equal(opened.verdict, verdict, `${engine}, ${how}`);
            await waitForSelector(page, '[data-ticket="HD-9"]');
            assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /555/);
          }
          await page.goto(lab.origin + '/');
          await waitForSelector(page, '[data-action="open-report"]');
          await giveFile(page, report.slice(0, 40), 'input');
          const alert = await waitFor(page, () => document.querySelector('[role="alert"]')?.textContent, undefined, { what: 'an alert' });
          assert.match(alert, /not a complete JSON report/, engine);
        } finally {
          await page.close();
        }
      });
    }
  } finally {
    lab.stop();
  }
});
