// Takes screenshots of the page for people to look at: idle and after a run, at phone and
// desktop widths, in light and dark mode. Usage: node tests/e2e/screenshots.mjs [out-dir]
// With --docs it writes only the README's pictures: each verdict on a 375 px phone, whole page,
// to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickFolded, runScenario, ROOT } from './harness.mjs';

const docs = process.argv.includes('--docs');
const out = docs ? join(ROOT, 'docs', 'screenshots') : (process.argv[2] || join(ROOT, 'test-output', 'screenshots'));
mkdirSync(out, { recursive: true });

// The four verdicts the results-first work was judged on, and a partial block.
const scenarios = {
  'all-ok': {},
  'network-block': { default: { kind: 'refuse' } },
  'intuit-outage': { default: { kind: 'status', code: 502 }, hosts: { 'status.quickbooks.intuit.com': { kind: 'ok' } }, status_page: { indicator: 'major', incident: 'Payments returning errors' } },
  'clock-skew': { site: { date_offset_s: 900 } },
  'partial-block': { hosts: { 'connect.intuit.com': { kind: 'refuse' }, 'accounts.intuit.com': { kind: 'status', code: 403 } } },
};
if (docs) {
  for (const [name, scenario] of Object.entries(scenarios)) {
    await runScenario(scenario, {
      viewport: { width: 375, height: 800 },
      inspect: async (page) => {
        const file = join(out, `${name}-375.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      },
    });
  }
  process.exit(0);
}

for (const [name, scenario] of Object.entries(scenarios)) {
  for (const [width, height] of [[320, 800], [1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      await runScenario(scenario, {
        viewport: { width, height },
        inspect: async (page) => {
          await page.emulateMedia({ colorScheme: scheme });
          const file = join(out, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          await page.screenshot({ path: file.replace('.png', '-top.png') });
          console.log(file);
        },
      });
    }
  }
}

// Before any run: the idle page, then with the lookups opened (the follow-up module).
for (const [width, height] of [[320, 800], [1280, 900]]) {
  await runScenario({}, {
    path: '/',
    viewport: { width, height },
    beforeRun: async (page) => {
      await page.waitForSelector('[data-action="run"]');
      await page.screenshot({ path: join(out, `idle-${width}.png`), fullPage: true });
      await clickFolded(page, '[data-action="open-lookups"]');
      await page.waitForSelector('#error-code');
      await page.fill('#error-code', '502');
      await page.screenshot({ path: join(out, `lookups-${width}.png`), fullPage: true });
      console.log(join(out, `idle-${width}.png`));
      await page.click('[data-action="run"]');
    },
  });
}

// Watch mode: the timeline after a few 10-second rounds in which one host drops every other
// round, at both widths and in both schemes (the region only, then its place on the page).
for (const [width, height] of [[320, 800], [1280, 900]]) {
  await runScenario({ hosts: { 'connect.intuit.com': { kind: 'rounds', pattern: 'ud', down: { kind: 'status', code: 502 } }, 'accounts.intuit.com': { kind: 'rounds', pattern: 'uuud', down: { kind: 'hang' } } } }, {
    path: '/?watch=10',
    viewport: { width, height },
    inspect: async (page) => {
      await page.waitForFunction(() => Number(document.querySelector('[data-watch-rounds]')?.getAttribute('data-watch-rounds')) >= 5, null, { timeout: 120_000 });
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const file = join(out, `watch-${width}-${scheme}.png`);
        await page.locator('.watch').screenshot({ path: file });
        console.log(file);
      }
    },
  });
}
