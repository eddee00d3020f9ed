// The three engines people use, driven the same way: Chromium (Playwright), Firefox ESR
// (puppeteer-core over WebDriver BiDi) and WebKitGTK's MiniBrowser (its own WebDriver, under Xvfb).
// Each reaches the lab's Intuit hosts through the lab's forward proxy, because only Chromium has
// resolver rules; the page itself comes from the lab's site on loopback, which bypasses the proxy.
// Each engine trusts the lab's certificates as it would a real one, so an untrusted certificate
// still fails: Chromium by key, Firefox by the lab's CA in its profile, WebKit per host.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, ROOT } from './harness.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const CHROMIUM = process.env.QBO_CHROMIUM || '/usr/bin/chromium';
const FIREFOX = process.env.QBO_FIREFOX || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.QBO_WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.QBO_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

// An X display per screen size, kept for the life of this process. MiniBrowser's window cannot
// be narrower than its toolbar, so WebKit runs full screen on a display the size of the viewport.
const displays = new Map();
let nextDisplay = 90 + (process.pid % 300);
async function xDisplay({ width, height }) {
  const key = `${width}x${height}`;
  if (displays.has(key)) return displays.get(key);
  for (;;) {
    const n = nextDisplay++;
    const child = spawn('Xvfb', [`:${n}`, '-screen', '0', `${key}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', () => r(true)));
    if (!(await Promise.race([exited, sleep(700).then(() => false)]))) {
      // A window manager, so that a full-screen window really fills the display.
      const wm = spawn('matchbox-window-manager', ['-use_titlebar', 'no'], { stdio: 'ignore', env: { ...process.env, DISPLAY: `:${n}` } });
      for (const p of [child, wm]) {
        p.unref();
        process.once('exit', () => p.kill());
      }
      displays.set(key, `:${n}`);
      return `:${n}`;
    }
  }
}

/** Opens `engine` with the lab as its HTTPS proxy; returns one page with a common interface. */
export async function openEngine(engine, lab, { viewport = { width: 1280, height: 900 } } = {}) {
  if (engine === 'chromium') return openChromium(lab, viewport);
  if (engine === 'firefox') return openFirefox(lab, viewport);
  if (engine === 'webkit') return openWebKit(lab, viewport);
  throw new Error(`unknown engine ${engine}`);
}

async function openChromium(lab, viewport) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...CHROMIUM_FLAGS,
      `--proxy-server=http://127.0.0.1:${lab.proxy_port}`,
      // Nothing may leave the machine, whatever the proxy setting.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--ignore-certificate-errors-spki-list=${lab.spki}`,
    ],
  });
  const page = await browser.newPage({ viewport });
  return {
    ...pageOf('chromium', page),
    setViewport: (size) => page.setViewportSize(size),
    close: () => browser.close(),
  };
}

/** The common interface over a Playwright or puppeteer page, which name these alike. */
const pageOf = (engine, page) => ({
  engine,
  goto: (url) => page.goto(url),
  evaluate: (fn, ...args) => page.evaluate(fn, args.length > 1 ? args : args[0]),
  screenshot: (path, fullPage = false) => page.screenshot({ path, fullPage }),
});

async function openFirefox(lab, viewport) {
  // A profile that trusts the lab's CA, as a machine whose administrator installed a root would.
  const profile = mkdtempSync(join(tmpdir(), 'qbo-firefox-'));
  writeFileSync(join(profile, 'lab-ca.pem'), lab.ca_pem);
  spawnSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password'], { stdio: 'ignore' });
  const added = spawnSync('certutil', ['-A', '-d', `sql:${profile}`, '-n', 'qbo-check lab', '-t', 'C,,', '-i', join(profile, 'lab-ca.pem')]);
  if (added.status !== 0) throw new Error(`certutil could not add the lab CA: ${added.stderr}`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: viewport,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': lab.proxy_port,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disableIPv6': true,
      // No calls home during a test.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const [page] = await browser.pages();
  await page.setViewport(viewport);
  // A proxy's request for credentials gets a wrong answer, then a cancel, as from a person who
  // does not have them. Unanswered, Firefox's prompt would hold the page's timers until it closes.
  await page.authenticate({ username: 'nobody', password: 'wrong' });
  return {
    ...pageOf('firefox', page),
    setViewport: (size) => page.setViewport(size),
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How many times a WebKit web process crashed in this test process (see onceMoreIfWebKitCrashed). */
let webKitCrashes = 0;

/** A W3C WebDriver (classic) session on WebKitGTK's MiniBrowser. */
async function openWebKit(lab, viewport) {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: await xDisplay(viewport) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // MiniBrowser says so on stderr when its web process crashes; the session may hang or die.
  let crashed = false;
  driver.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    if (/WebProcess CRASHED/.test(String(chunk))) {
      crashed = true;
      webKitCrashes += 1;
    }
  });
  const dir = mkdtempSync(join(tmpdir(), 'qbo-webkit-'));
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value && json.value.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try { await call('GET', '/status'); break; } catch (e) { if (i > 50) throw e; await sleep(100); }
  }
  // The lab's certificate, allowed per host as WebKit allows one; any other certificate fails.
  const certificate = join(dir, 'lab.pem');
  writeFileSync(certificate, lab.trusted_pem);
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', '--full-screen', `--proxy=http://127.0.0.1:${lab.proxy_port}`, '--ignore-host=127.0.0.1', '--ignore-host=localhost'],
          certificates: lab.hosts.map((host) => ({ host, certificateFile: certificate })),
        },
      },
    },
  });
  const id = session.sessionId;
  const s = (path) => `/session/${id}${path}`;
  const setViewport = async () => {
    throw new Error('WebKit: open a new page for another viewport (it runs full screen on a display of that size)');
  };
  return {
    engine: 'webkit',
    get crashed() { return crashed; },
    goto: (url) => call('POST', s('/url'), { url }),
    evaluate: (fn, ...args) => call('POST', s('/execute/async'), {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1))).then(done, (e) => done({ __error: String(e) }));`,
      args: [args.length > 1 ? args : args[0]].filter((a) => a !== undefined),
    }).then((v) => {
      if (v && v.__error) throw new Error(v.__error);
      return v;
    }),
    setViewport,
    async screenshot(path) {
      const png = await call('GET', s('/screenshot'));
      writeFileSync(path, Buffer.from(png, 'base64'));
    },
    async close() {
      await call('DELETE', s('')).catch(() => {});
      driver.kill();
      // A MiniBrowser the driver started may outlive it, holding this pipe open; seen in CI as
      // a test file that never exits after its last test. This end is closed either way.
      driver.stderr.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `fn(arg)` is truthy in the page; returns its value. No fixed sleeps. */
export async function waitFor(page, fn, arg, { timeout = 30_000, what = 'condition' } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > until) throw new Error(`${page.engine}: timed out waiting for ${what}`);
    await sleep(100);
  }
}

export const waitForSelector = (page, selector, options) =>
  waitFor(page, (sel) => !!document.querySelector(sel), selector, { what: selector, ...options });

/** What a person would read off the finished page: rows, verdict, causes, steps, browser. */
export function readResult(page) {
  return page.evaluate(() => ({
    rows: [...document.querySelectorAll('[data-endpoint]')].map((el) => ({
      id: el.getAttribute('data-endpoint'),
      group: el.getAttribute('data-group'),
      outcome: el.getAttribute('data-outcome'),
    })),
    verdict: document.querySelector('[data-verdict]')?.getAttribute('data-verdict'),
    causes: [...document.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause')),
    steps: [...document.querySelectorAll('[data-step]')].map((el) => el.getAttribute('data-step')),
    browser: document.querySelector('[data-browser]')?.getAttribute('data-browser'),
    headline: document.querySelector('[data-verdict]')?.textContent ?? '',
    width: { scroll: document.documentElement.scrollWidth, inner: window.innerWidth },
  }));
}

/**
 * Waits for a finished run (`selector`), or fails with what the page showed instead: its state,
 * its text, the scenario and a screenshot, for whoever reads the failure.
 */
export async function waitForRun(page, lab, selector = '[data-run-state="done"]') {
  try {
    // A run ends within its 8 s deadline; the rest is room for a browser starting on 2 busy cores.
    await waitForSelector(page, selector, { timeout: 45_000 });
  } catch (e) {
    if (page.crashed) throw new Error(`${page.engine}: its web process crashed (${e.message})`);
    const shot = join(ROOT, 'test-output', `stuck-${page.engine}-${Date.now()}.png`);
    await page.screenshot(shot).catch(() => {});
    const seen = await page.evaluate(() => ({
      url: location.href,
      state: document.querySelector('[data-run-state]')?.getAttribute('data-run-state'),
      text: document.body?.innerText?.slice(0, 300),
    })).catch((x) => String(x));
    throw new Error(`${e.message} (scenario ${JSON.stringify(lab.scenario)}; the page showed: ${JSON.stringify(seen)}; screenshot ${shot})`);
  }
}

/** Opens the page at `path` in `engine` against `lab`, waits for the verdict, reads it. */
export async function runIn(engine, lab, { path = '/?run', viewport, inspect } = {}) {
  return onceMoreIfWebKitCrashed(engine, `${path} ${JSON.stringify(lab.scenario)}`, async () => {
    const page = await openEngine(engine, lab, { viewport });
    try {
      await page.goto(lab.origin + path);
      await waitForRun(page, lab);
      const result = await readResult(page);
      if (inspect) await inspect(page, result);
      return result;
    } finally {
      await page.close();
    }
  });
}

/**
 * Runs `attempt`, and once more if WebKitGTK's web process crashed during it. JavaScriptCore in
 * Debian's WebKitGTK 2.50 segfaults now and then on these machines (a few times in a hundred
 * page loads, under load; the kernel logs it in libjavascriptcoregtk). The WebDriver session
 * dies with it, which is not a verdict about the page. A second crash in a row fails the test,
 * and every crash is printed, so they stay visible.
 */
export async function onceMoreIfWebKitCrashed(engine, what, attempt) {
  const before = webKitCrashes;
  try {
    return await attempt();
  } catch (e) {
    // Only a crash MiniBrowser reported (its line may trail the driver's error a little): any
    // other failure, a hang included, fails at once.
    if (engine === 'webkit') await sleep(500);
    if (engine !== 'webkit' || webKitCrashes === before) throw e;
    console.warn(`WebKit's web process crashed during ${what}; trying once more (${e.message.slice(0, 200)})`);
    return attempt();
  }
}
