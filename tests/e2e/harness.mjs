// End-to-end harness: the release build in dist/, served by the lab, in Debian's Chromium,
// with the real catalogue host names sent to the lab by --host-resolver-rules.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAB = process.env.QBO_LAB_BIN || join(ROOT, 'target/release/lab');
const CHROMIUM = process.env.QBO_CHROMIUM || '/usr/bin/chromium';

// Flags that work as root on these machines (docs/CONTRIBUTING.md); background networking off so the
// browser itself never reaches for Google's hosts.
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Starts the lab with a scenario; resolves with its ready line plus `origin` and `stop()`. */
export async function startLab(scenario = {}) {
  const child = spawn(LAB, ['--scenario', JSON.stringify(scenario), '--site', join(ROOT, 'dist')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const [line] = await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => { throw new Error(`lab exited with ${code}`); }),
  ]);
  const ready = JSON.parse(line);
  return {
    ...ready,
    scenario,
    origin: `http://127.0.0.1:${ready.site_port}`,
    hostsOf: (group) => ready.endpoints.filter((e) => e.group === group).map((e) => e.host),
    stop() {
      child.stdin.end();
      child.kill();
    },
  };
}

function browserArgs(lab, extraArgs = []) {
  return [
    ...CHROMIUM_FLAGS,
    `--host-resolver-rules=${lab.resolver_rules}`,
    `--ignore-certificate-errors-spki-list=${lab.spki}`,
    ...extraArgs,
  ];
}

export async function launch(lab, extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: browserArgs(lab, extraArgs) });
}

/** Runs `use(page, lab)` in a fresh Chromium page against a lab serving `scenario`, then closes
 * both, whatever happened. */
export async function withPage(scenario, use) {
  const lab = await startLab(scenario);
  const browser = await launch(lab);
  try {
    return await use(await (await browser.newContext()).newPage(), lab);
  } finally {
    await browser.close();
    lab.stop();
  }
}

/** Opens every fold (`<details>`) around `selector`, as a person would before using what it holds. */
export async function unfold(page, selector) {
  await page.waitForSelector(selector, { state: 'attached' });
  await page.$eval(selector, (el) => {
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  });
}

/** Clicks an action that may sit in a fold, opening the fold first. */
export async function clickFolded(page, selector) {
  await unfold(page, selector);
  await page.click(selector);
}

/** Blocks every request whose URL matches one of `urls` (DevTools patterns), as a blocker or
 * a failed download would. Returns what lifts the block, for a test that lets the next run
 * through. */
export async function blockUrls(page, urls) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBlockedURLs', { urls });
  return () => cdp.send('Network.setBlockedURLs', { urls: [] });
}

/** What `prepare` passes to block the follow-up module (fix steps, sharing, lookups). */
export const blockFollowup = (page) => blockUrls(page, ['*qbo-check-followup*']);

// Records when the results region changes state, from inside the page.
const WATCH_RUN_STATE = `
  window.__runStates = [];
  new MutationObserver(() => {
    const el = document.querySelector('[data-run-state]');
    const state = el && el.getAttribute('data-run-state');
    const last = window.__runStates[window.__runStates.length - 1];
    if (state && (!last || last.state !== state)) window.__runStates.push({ state, t: performance.now() });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-run-state'] });
`;

/**
 * Runs the page with `?run` against a lab scenario and returns what a user would see.
 * `preferences` starts Chromium with a profile holding those preferences; `contextOptions`
 * go to the browser context (user agent, locale…); `prepare(page, context)` runs before
 * navigation (CDP emulation, routes); `beforeRun(page)` runs right after navigation (to check
 * the idle page and click);
 * `inspect(page, result)` runs before the browser closes, for extra assertions or screenshots.
 * `origin` serves the page from another server than the lab's (the Intuit hosts stay the lab's).
 */
export async function runScenario(scenario, {
  viewport = { width: 1280, height: 900 }, contextOptions = {}, preferences, prepare, inspect, beforeRun, path = '/?run',
  origin,
} = {}) {
  const lab = await startLab(scenario);
  let browser;
  let context;
  let profile;
  if (preferences) {
    // A real profile setting (such as "block all cookies"), written where Chromium reads it.
    profile = mkdtempSync(join(tmpdir(), 'qbo-profile-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, viewport, ...contextOptions, args: browserArgs(lab),
    });
  } else {
    browser = await launch(lab);
    context = await browser.newContext({ viewport, ...contextOptions });
  }
  try {
    const page = context.pages()[0] ?? await context.newPage();
    if (prepare) await prepare(page, context);
    const requests = [];
    const consoleErrors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.addInitScript(WATCH_RUN_STATE);
    // The page from the lab's own site server, or from another server (nginx) given as origin.
    await page.goto((origin ?? lab.origin) + path);
    if (beforeRun) await beforeRun(page);
    await page.waitForSelector('[data-run-state="done"]', { timeout: 30_000 });
    const result = await page.evaluate(() => ({
      rows: [...document.querySelectorAll('[data-endpoint]')].map((el) => ({
        id: el.getAttribute('data-endpoint'),
        group: el.getAttribute('data-group'),
        outcome: el.getAttribute('data-outcome'),
      })),
      verdict: document.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
      browser: document.querySelector('[data-browser]')?.getAttribute('data-browser'),
      os: document.querySelector('[data-os]')?.getAttribute('data-os'),
      detected: document.querySelector('[data-browser]')?.textContent ?? '',
      facts: Object.fromEntries([...document.querySelectorAll('[data-fact]')].map((el) => [el.getAttribute('data-fact'), el.querySelector('.value')?.textContent ?? ''])),
      causes: [...document.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause')),
      statusText: document.querySelector('.status-panel')?.textContent ?? '',
      runStates: window.__runStates,
    }));
    const running = result.runStates.find((s) => s.state === 'running');
    const done = result.runStates.find((s) => s.state === 'done');
    result.runMs = running && done ? done.t - running.t : NaN;
    result.doneAtMs = done ? done.t : NaN;
    result.requests = requests;
    result.consoleErrors = consoleErrors;
    result.lab = lab;
    result.outcomeOf = (id) => result.rows.find((r) => r.id === id)?.outcome;
    if (inspect) await inspect(page, result);
    return result;
  } finally {
    await (browser ?? context).close();
    lab.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
}
