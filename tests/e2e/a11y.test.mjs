// Accessibility: axe-core on every state of the page, in light and dark mode, and a run-through
// with the keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, blockFollowup, launch, runScenario, startLab } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page as it is now. */
async function violations(page) {
  // Evaluated through DevTools, which the page's CSP does not govern (no inline script needed).
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => window.axe.run(document));
  // Guard against a run that checked nothing.
  assert.ok(result.passes.length > 20, `axe checked only ${result.passes.length} rules`);
  assert.ok([...result.passes, ...result.incomplete].some((r) => r.id === 'color-contrast'), 'contrast was checked');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no serious problem when idle, running, done or shared (${scheme})`, async () => {
    let link;
    await runScenario({ default: { kind: 'ok', delay_ms: 1500 }, hosts: { 'connect.intuit.com': { kind: 'refuse' } } }, {
      path: '/',
      contextOptions: { colorScheme: scheme, permissions: ['clipboard-read', 'clipboard-write'] },
      beforeRun: async (page) => {
        await page.waitForSelector('[data-run-state="idle"]');
        assert.deepEqual(await violations(page), [], 'idle');
        await page.click('[data-action="run"]');
        await page.waitForSelector('[data-run-state="running"]');
        assert.deepEqual(await violations(page), [], 'running');
      },
      inspect: async (page) => {
        await page.click('.triage summary');
        await page.click('.handout summary');
        assert.deepEqual(await violations(page), [], 'done');
        await page.click('[data-action="copy-link"]');
        link = await page.evaluate(() => navigator.clipboard.readText());
      },
    });
    const lab = await startLab({});
    const browser = await launch(lab);
    try {
      const page = await (await browser.newContext({ colorScheme: scheme })).newPage();
      await page.goto(lab.origin + '/' + link.slice(link.indexOf('#')));
      await page.waitForSelector('[data-view="shared-report"]');
      assert.deepEqual(await violations(page), [], 'shared report');
      await page.goto(lab.origin + '/#r1.broken');
      await page.waitForSelector('[role="alert"].notice');
      assert.deepEqual(await violations(page), [], 'bad link message');
    } finally {
      await browser.close();
      lab.stop();
    }
  });
}

test('keyboard only: tab to "Run the check", read the verdict, tick a step', async () => {
  await runScenario({}, {
    path: '/',
    beforeRun: async (page) => {
      await page.waitForSelector('[data-action="run"]');
      let found = false;
      for (let i = 0; i < 10 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.getAttribute('data-action') === 'run');
      }
      assert.ok(found, 'the run button is reachable by Tab');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-run-state="done"]');
      // The verdict is in a live region, so screen readers announce it.
      assert.equal(await page.getAttribute('[data-verdict]', 'aria-live'), 'polite');
      assert.equal(await page.getAttribute('#progress', 'role'), 'status');
      let onStep = false;
      for (let i = 0; i < 40 && !onStep; i++) {
        await page.keyboard.press('Tab');
        onStep = await page.evaluate(() => document.activeElement?.closest('[data-step]') !== null && document.activeElement.type === 'checkbox');
      }
      assert.ok(onStep, 'a step checkbox is reachable by Tab');
      await page.keyboard.press('Space');
      assert.ok(await page.evaluate(() => document.activeElement.checked), 'Space ticks the step');
    },
  });
});

test('axe finds no serious problem in the plain steps shown when the follow-up module is blocked', async () => {
  await runScenario({ hosts: { 'connect.intuit.com': { kind: 'refuse' } } }, {
    prepare: blockFollowup,
    inspect: async (page) => {
      await page.waitForSelector('.fixes [data-step]');
      assert.deepEqual(await violations(page), []);
    },
  });
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no serious problem in watch mode after drops (${scheme})`, async () => {
    await runScenario({ hosts: { 'connect.intuit.com': { kind: 'rounds', pattern: 'ud', down: { kind: 'status', code: 502 } } } }, {
      path: '/?watch=10',
      contextOptions: { colorScheme: scheme },
      inspect: async (page) => {
        await page.waitForFunction(() => Number(document.querySelector('[data-watch-rounds]')?.getAttribute('data-watch-rounds')) >= 2, null, { timeout: 60_000 });
        assert.deepEqual(await violations(page), [], 'watching');
        // The stop button is reachable by keyboard.
        await page.focus('[data-action="stop-watch"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-watch-state="stopped"]');
        assert.deepEqual(await violations(page), [], 'stopped');
      },
    });
  });
}
