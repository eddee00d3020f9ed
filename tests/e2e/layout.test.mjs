// The result as a shop owner sees it on a phone and on a desktop, in every engine: nothing
// wider than the screen (with the folds closed and with every fold open), at most four visible steps that fit the verdict, the contract's
// always-visible elements visible, and every verdict at most 3 screens tall on a 375 × 800 phone
// and 2 on a 1280 × 800 desktop (docs/ARCHITECTURE.md, "What stays visible"). The heights are
// printed too, for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startLab } from './harness.mjs';
import { ENGINES, onceMoreIfWebKitCrashed, openEngine, waitForRun, waitForSelector } from './engines.mjs';

const VERDICTS = [
  ['all-clear', {}],
  ['network-block', { proxy: { default: 'forbid' } }],
  ['intuit-outage', {
    default: { kind: 'status', code: 502 },
    hosts: { 'status.quickbooks.intuit.com': { kind: 'ok' } },
    status_page: { indicator: 'major', incident: 'Payments returning errors' },
  }],
  ['partial-block', { proxy: { hosts: { '*.intuitcdn.net': 'forbid' } } }],
  ['clock-skew', { site: { date_offset_s: 900 } }],
];
const SIZES = [[320, 800], [375, 800], [1024, 768], [1280, 800]];
// The most screens of 800 px a verdict may take: it was 7–9 on a phone before results came first.
const SCREENS = { 375: 3, 1280: 2 };
// Steps that cannot fix a network or Intuit: never among a network verdict's first steps.
const BROWSER_STEPS = ['private-window', 'hard-reload', 'try-another-browser', 'clear-intuit-data', 'clear-all-data'];

/** What is on screen: width, height, visible steps, and whether the always-visible elements are. */
const look = () => {
  const shown = (el) => !!el && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const steps = [...document.querySelectorAll('[data-step]')];
  return {
    width: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    height: document.documentElement.scrollHeight,
    verdict: document.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
    steps: steps.filter(shown).map((el) => el.getAttribute('data-step')),
    firstStepShown: shown(steps[0]),
    runShown: shown(document.querySelector('[data-action="run"]')),
    headlineShown: shown(document.querySelector('[data-verdict]')),
    linkShown: shown(document.querySelector('[data-action="copy-link"]')),
    statusRow: document.querySelector('[data-endpoint="status"]')?.getAttribute('data-outcome'),
  };
};

for (const engine of ENGINES) {
  test(`${engine}: every verdict fits 320, 375 and 1280 px, with at most four fitting steps`, async () => {
    const heights = [];
    for (const [verdict, scenario] of VERDICTS) {
      const lab = await startLab(scenario);
      try {
        for (const [width, height] of SIZES) {
          const seen = await onceMoreIfWebKitCrashed(engine, `${verdict} at ${width} px`, async () => {
            const page = await openEngine(engine, lab, { viewport: { width, height } });
            try {
              await page.goto(lab.origin + '/?run');
              await waitForRun(page, lab);
              await waitForSelector(page, '[data-action="copy-link"]');
              const seen = await page.evaluate(look);
              // Every fold opened (the host list's long results, the facts): still no overflow.
              seen.openWidth = await page.evaluate(() => {
                for (const fold of document.querySelectorAll('details')) fold.open = true;
                return document.documentElement.scrollWidth;
              });
              return seen;
            } finally {
              await page.close();
            }
          });
          const where = `${engine}, ${verdict}, ${width} px`;
          assert.equal(seen.verdict, verdict, where);
          assert.ok(seen.width <= seen.inner, `${where}: ${seen.width} px wide`);
          assert.ok(seen.openWidth <= seen.inner, `${where}: ${seen.openWidth} px wide with every fold open`);
          assert.ok(seen.steps.length >= 1 && seen.steps.length <= 4, `${where}: ${seen.steps}`);
          assert.ok(seen.runShown && seen.headlineShown && seen.firstStepShown && seen.linkShown, `${where}: ${JSON.stringify(seen)}`);
          if (['network-block', 'partial-block', 'intuit-outage', 'clock-skew'].includes(verdict)) {
            for (const step of seen.steps) assert.ok(!BROWSER_STEPS.includes(step), `${where}: ${step} cannot fix it`);
          }
          if (verdict === 'intuit-outage') assert.equal(seen.statusRow, 'ok');
          if (SCREENS[width]) assert.ok(seen.height <= SCREENS[width] * height, `${where}: ${seen.height} px tall`);
          heights.push(`${verdict} ${width}: ${seen.height} px (${(seen.height / height).toFixed(1)} screens)`);
        }
      } finally {
        lab.stop();
      }
    }
    console.log(`${engine} heights:\n  ${heights.join('\n  ')}`);
  });
}

test('a shared report fits a 320 px phone in every engine', async () => {
  const lab = await startLab({ proxy: { hosts: { '*.intuitcdn.net': 'forbid' } } });
  try {
    let link;
    const maker = await openEngine('chromium', lab);
    try {
      await maker.goto(lab.origin + '/?run');
      await waitForRun(maker, lab);
      link = await maker.evaluate(async () => {
        let copied;
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => { copied = t; } }, configurable: true });
        document.querySelector('[data-action="copy-link"]').click();
        for (let i = 0; i < 50 && !copied; i++) await new Promise((r) => setTimeout(r, 50));
        return copied;
      });
    } finally {
      await maker.close();
    }
    for (const engine of ENGINES) {
      const seen = await onceMoreIfWebKitCrashed(engine, 'a shared report at 320 px', async () => {
        const page = await openEngine(engine, lab, { viewport: { width: 320, height: 800 } });
        try {
          await page.goto(lab.origin + '/' + link.slice(link.indexOf('#')));
          await waitForRun(page, lab, '[data-view="shared-report"][data-run-state="done"]');
          return await page.evaluate(look);
        } finally {
          await page.close();
        }
      });
      assert.ok(seen.width <= seen.inner, `${engine}: the shared report is ${seen.width} px wide at 320`);
    }
  } finally {
    lab.stop();
  }
});
