// What a user sees after a run: honest row states, short step lists, plain words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScenario } from './harness.mjs';

const CAUSE_IDS = /\b(all-clear|intuit-outage|network-block|partial-block|slow-network|clock-skew|browser-outdated|browser-unsupported|cookies-blocked|stale-cache|extension-interference|cannot-test|retired-test-file)\b/;

test('no ✓ on a host that answered 502 but whose errors a browser cannot see; the status row agrees', async () => {
  await runScenario({ default: { kind: 'status', code: 502 } }, {
    inspect: async (page, result) => {
      const blind = result.lab.endpoints.filter((e) => !e.image).map((e) => e.id);
      assert.ok(blind.includes('payments-connect'));
      for (const id of blind) {
        const row = await page.textContent(`[data-endpoint="${id}"]`);
        assert.doesNotMatch(row, /✓|Reachable/, id);
      }
      assert.match(await page.textContent('[data-endpoint="status"]'), /Answered with HTTP 502/);
      assert.equal(result.outcomeOf('status'), 'server-error', 'the row\'s outcome agrees with its text');
      assert.match(await page.textContent('.status-panel'), /HTTP 502/);
    },
  });
});

test('a network block: at most four steps before "Still not working?", none that clears data', async () => {
  await runScenario({ default: { kind: 'refuse' } }, {
    inspect: async (page, result) => {
      assert.equal(result.verdict, 'network-block');
      const first = await page.$$eval('.fixes > .checklist > [data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
      assert.ok(first.length > 0 && first.length <= 4, JSON.stringify(first));
      assert.equal(first[0], 'turn-off-vpn');
      assert.ok(await page.$('.more-steps summary'), 'the other steps are behind "Still not working?"');
      const all = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
      assert.ok(!all.includes('clear-intuit-data') && !all.includes('clear-all-data'), JSON.stringify(all));
    },
  });
});

test('one host on its own is never "very likely"; no raw cause ids in what a user reads', async () => {
  await runScenario({ hosts: { 'connect.intuit.com': { kind: 'reset' } } }, {
    inspect: async (page, result) => {
      assert.equal(result.verdict, 'partial-block');
      const verdict = await page.textContent('.verdict');
      assert.doesNotMatch(verdict, /very likely/);
      assert.match(verdict, /One Intuit host could not be reached/);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      assert.doesNotMatch(await page.evaluate(() => document.body.innerText), CAUSE_IDS);
    },
  });
});

for (const [width, height] of [[375, 812], [1280, 900]]) {
  test(`at ${width} px the first step comes before the sharing tools, within 1.5 screens`, async () => {
    for (const scenario of [{ default: { kind: 'refuse' } }, { default: { kind: 'status', code: 502 } }, {}]) {
      await runScenario(scenario, {
        viewport: { width, height },
        inspect: async (page, result) => {
          const layout = await page.evaluate(() => {
            const [step, share] = [document.querySelector('[data-step]'), document.querySelector('.share')];
            return {
              step: step.getBoundingClientRect().top + window.scrollY,
              share: share.getBoundingClientRect().top + window.scrollY,
              // Reading order: what a screen reader and the keyboard reach first.
              stepFirst: !!(step.compareDocumentPosition(share) & Node.DOCUMENT_POSITION_FOLLOWING),
              beside: share.getBoundingClientRect().left >= step.getBoundingClientRect().right,
            };
          });
          assert.ok(layout.stepFirst, `${result.verdict}: the first step comes before the share block in the document`);
          // On screen: above the sharing tools, or in the left column with them beside the verdict.
          assert.ok(layout.step < layout.share || (width >= 1024 && layout.beside), `${result.verdict}: the first step (${layout.step}) is above the share block (${layout.share}) or left of it`);
          assert.ok(layout.step < 1.5 * height, `${result.verdict}: the first step starts at ${layout.step} px`);
        },
      });
    }
  });
}

test('the step asks for its action inside it: the list for IT on a network block, the status page on an outage', async () => {
  await runScenario({ default: { kind: 'refuse' } }, {
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    inspect: async (page) => {
      const step = '[data-step="allow-intuit-hosts"]';
      await page.click(`${step} summary, .more-steps summary`).catch(() => {});
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await page.click(`${step} [data-action="copy-for-it"]`);
      await page.waitForSelector(`${step} .copy-feedback:has-text("Copied")`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /accounts\.intuit\.com/);
      assert.match(copied, /UTC/);
    },
  });
  await runScenario({ default: { kind: 'status', code: 502 }, hosts: { 'status.quickbooks.intuit.com': { kind: 'ok' } }, status_page: { indicator: 'major', incident: 'Payments returning errors' } }, {
    inspect: async (page, result) => {
      assert.equal(result.verdict, 'intuit-outage');
      const link = page.locator('[data-step="check-status-page"] [data-action="open-status-page"]');
      assert.equal(await link.getAttribute('href'), 'https://status.quickbooks.intuit.com/');
      assert.ok(await link.isVisible(), 'the status page button is in the first steps');
    },
  });
});

test('an all-clear result stays short: fine hosts in one line each, fine browser checks folded, only the first how-to open', async () => {
  await runScenario({}, {
    viewport: { width: 375, height: 812 },
    inspect: async (page, result) => {
      assert.equal(result.verdict, 'all-clear');
      const shape = await page.evaluate(() => ({
        whyShown: [...document.querySelectorAll('.outcome-ok .why, .outcome-ok .note')].filter((el) => el.offsetParent !== null).length,
        rows: document.querySelectorAll('[data-endpoint]').length,
        rowsShown: [...document.querySelectorAll('[data-endpoint]')].filter((el) => el.offsetParent !== null).length,
        factsFolded: document.querySelector('.more-facts')?.open === false && document.querySelectorAll('.more-facts [data-fact]').length,
        howOpen: [...document.querySelectorAll('.fixes > .checklist details.how')].map((d) => d.open),
        screens: document.documentElement.scrollHeight / innerHeight,
      }));
      console.log(`all clear at 375 px: ${shape.screens.toFixed(1)} screens`);
      assert.equal(shape.whyShown, 0);
      assert.equal(shape.rowsShown, shape.rows, 'every host row stays visible (the contract)');
      assert.ok(shape.factsFolded > 5, 'the fine browser checks are folded');
      assert.deepEqual(shape.howOpen.slice(0, 2), [true, false]);
    },
  });
});
