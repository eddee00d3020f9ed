// Takes screenshots of the page for people to look at: idle and after a run, at phone and
// desktop widths, in light and dark mode. Usage: node tests/e2e/screenshots.mjs [out-dir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario, ROOT } from './harness.mjs';

const out = process.argv[2] || join(ROOT, 'test-output', 'screenshots');
mkdirSync(out, { recursive: true });

const scenarios = {
  'all-ok': {},
  'partial-block': { hosts: { 'connect.intuit.com': { kind: 'refuse' }, 'accounts.intuit.com': { kind: 'status', code: 403 } } },
};
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
