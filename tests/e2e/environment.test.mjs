// The browser and environment checks, each with a scenario where it fires and one where it
// stays quiet. Emulation is faithful (docs/CONTRIBUTING.md): Firefox and Safari have no userAgentData;
// Chromium browsers get matching UA Client Hints through CDP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScenario } from './harness.mjs';
import { chromiumWithHints, withoutClientHints as noHints } from './emulate.mjs';

const UA = {
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:157.0) Gecko/20100101 Firefox/157.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/27.0 Safari/605.1.15',
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  edgeWindows: (major) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36 Edg/${major}.0.0.0`,
  chromeWindows: (major) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`,
};

const withoutClientHints = noHints;
const chromium = (userAgent, brand, major, platformVersion) => chromiumWithHints(userAgent, { brand, major, platformVersion });

test('detection is on the page before any run (headless Chromium on Linux)', async () => {
  await runScenario({}, {
    path: '/',
    beforeRun: async (page) => {
      const el = await page.waitForSelector('[data-browser][data-os]');
      assert.equal(await el.getAttribute('data-browser'), 'chrome');
      assert.equal(await el.getAttribute('data-os'), 'linux');
      assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'idle');
      await page.click('[data-action="run"]');
    },
  });
});

test('Firefox on Linux, without client hints', async () => {
  const r = await runScenario({}, withoutClientHints(UA.firefoxLinux));
  assert.deepEqual([r.browser, r.os], ['firefox', 'linux']);
  assert.equal(r.verdict, 'all-clear');
});

test('Safari on macOS; the same UA with touch points is an iPad', async () => {
  const mac = await runScenario({}, withoutClientHints(UA.safariMac));
  assert.deepEqual([mac.browser, mac.os], ['safari', 'macos']);
  const ipad = withoutClientHints(UA.safariMac);
  const prepare = ipad.prepare;
  ipad.prepare = async (page, context) => {
    await prepare(page, context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  };
  const r = await runScenario({}, ipad);
  assert.deepEqual([r.browser, r.os], ['safari', 'ios']);
  assert.match(r.detected, /iPadOS/);
});

test('Edge on Windows 11 through client hints; an old Edge is outdated', async () => {
  const current = await runScenario({}, chromium(UA.edgeWindows(156), 'Microsoft Edge', 156, '15.0.0'));
  assert.deepEqual([current.browser, current.os], ['edge', 'windows']);
  assert.match(current.detected, /Windows 11/);
  assert.equal(current.verdict, 'all-clear');
  const old = await runScenario({}, chromium(UA.edgeWindows(118), 'Microsoft Edge', 118, '10.0.0'));
  assert.equal(old.verdict, 'browser-outdated');
  assert.match(old.detected, /Windows 10/);
});

test('Chrome 120 is outdated, Internet Explorer is unsupported', async () => {
  const chrome = await runScenario({}, chromium(UA.chromeWindows(120), 'Google Chrome', 120, '15.0.0'));
  assert.equal(chrome.browser, 'chrome');
  assert.equal(chrome.verdict, 'browser-outdated');
  const ie = await runScenario({}, withoutClientHints(UA.ie11));
  assert.equal(ie.browser, 'ie');
  assert.equal(ie.verdict, 'browser-unsupported');
});

test('cookies blocked by the real browser setting; allowed by default', async () => {
  const blocked = await runScenario({}, {
    preferences: { profile: { default_content_setting_values: { cookies: 2 } } },
  });
  assert.equal(blocked.verdict, 'cookies-blocked');
  assert.equal(blocked.facts.cookies, 'Blocked');
  const allowed = await runScenario({});
  assert.equal(allowed.facts.cookies, 'Allowed');
  assert.ok(!allowed.causes.includes('cookies-blocked'));
});

test('a device clock 10 minutes off is clock skew; 30 seconds is not', async () => {
  const skewed = await runScenario({ site: { date_offset_s: 600 } });
  assert.equal(skewed.verdict, 'clock-skew');
  assert.match(skewed.facts.clock, /10 minutes behind/);
  const close = await runScenario({ site: { date_offset_s: 30 } });
  assert.equal(close.verdict, 'all-clear');
  assert.match(close.facts.clock, /Correct/);
});

test('a page older than its server is a stale-cache hint; a current one is not', async () => {
  const stale = await runScenario({ site: { version_json: '{"app":"qbo-check","build":"qbo-check-newer.js"}' } });
  assert.equal(stale.verdict, 'stale-cache');
  assert.equal(stale.facts.build, 'Stale copy');
  const current = await runScenario({});
  assert.equal(current.facts.build, 'Up to date');
});

test('a blocked bait file is an extension hint, never a certainty', async () => {
  const blocked = await runScenario({}, {
    prepare: async (page) => {
      await page.route('**/ads/ad-banner.js', (route) => route.abort('blockedbyclient'));
    },
  });
  assert.equal(blocked.verdict, 'extension-interference');
  assert.equal(blocked.facts.bait, 'Blocked');
  const clear = await runScenario({});
  assert.equal(clear.facts.bait, 'Not blocked');
  assert.ok(!clear.causes.includes('extension-interference'));
});

test('a 2G connection estimate is a slow-network hint; a normal one is not', async () => {
  const slow = await runScenario({}, {
    path: '/',
    beforeRun: async (page) => {
      await page.waitForSelector('[data-action="run"]');
      // The follow-up part (where the facts list lives) and the probes are part of the page:
      // fetch them first, as a result and the pointer reaching the run button would.
      await page.evaluate(() => window.qboCheckFollowup());
      await page.hover('[data-action="run"]');
      await page.waitForLoadState('networkidle');
      // Throttled after the page has loaded, so only the test itself sees the slow link.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 1500, downloadThroughput: 25600, uploadThroughput: 6400, connectionType: 'cellular2g' });
      await page.click('[data-action="run"]');
    },
  });
  assert.match(slow.facts.connection, /^2g/);
  assert.ok(slow.causes.includes('slow-network'), JSON.stringify(slow.causes));
  const normal = await runScenario({});
  assert.doesNotMatch(normal.facts.connection, /^(slow-)?2g/);
  assert.ok(!normal.causes.includes('slow-network'));
});

test('an extension-style block set with page.route hits only the blocked host', async () => {
  const r = await runScenario({}, {
    prepare: async (page) => {
      await page.route('https://connect.intuit.com/**', (route) => route.abort('blockedbyclient'));
    },
  });
  assert.equal(r.outcomeOf('payments-connect'), 'unreachable');
  for (const row of r.rows.filter((x) => x.id !== 'payments-connect')) {
    assert.equal(row.outcome, 'ok', `${row.id} is not affected by the route`);
  }
  assert.equal(r.verdict, 'partial-block');
});
