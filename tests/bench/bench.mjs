// The benchmark: bundle sizes, boot time, time to verdict against lab latency, the all-hang
// case, and memory. Each timing is the median of RUNS runs, with min and max. It reports; it
// does not assert (timings on shared 2-core machines are noisy). Writes test-output/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runScenario } from '../e2e/harness.mjs';
import { BROTLI_BUDGET, firstLoad, onDemandLoad, total } from './sizes.mjs';
import { startNginx } from '../e2e/nginx-server.mjs';
import { lighthouse } from '../e2e/lighthouse.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const DEADLINE_MS = 8000;

const BOOT_WATCH = `
  window.__bench = {};
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasm = e.detail.wasm; });
  new MutationObserver(() => {
    if (!window.__bench.boot && document.querySelector('[data-action="run"]')) window.__bench.boot = performance.now();
  }).observe(document, { subtree: true, childList: true });
`;

async function measure(scenario) {
  let sample;
  await runScenario(scenario, {
    prepare: (page) => page.addInitScript(BOOT_WATCH),
    inspect: async (page, result) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const inPage = await page.evaluate(() => ({ boot: window.__bench.boot, wasm: window.__bench.wasm?.memory?.buffer?.byteLength ?? null }));
      sample = {
        boot: inPage.boot,
        done: result.doneAtMs,
        run: result.runMs,
        heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value,
        wasm: inPage.wasm,
      };
    },
  });
  return sample;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};

const rows = firstLoad(join(ROOT, 'dist'));
const followupRows = onDemandLoad(join(ROOT, 'dist'));
const sizes = {
  files: rows, total: total(rows), brotli_budget: BROTLI_BUDGET,
  followup: { files: followupRows, total: total(followupRows), loaded: 'the parts fetched on demand: when a run starts, a shared report opens or the lookups are opened' },
};

const cases = [
  ['L = 0 ms', { default: { kind: 'ok', delay_ms: 0 } }, 0],
  ['L = 200 ms', { default: { kind: 'ok', delay_ms: 200 } }, 200],
  ['L = 1000 ms', { default: { kind: 'ok', delay_ms: 1000 } }, 1000],
  ['every host hangs', { default: { kind: 'hang' } }, null],
];
const timings = [];
for (const [name, scenario, latency] of cases) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measure(scenario));
  const boot = stats(samples.map((s) => s.boot));
  const done = stats(samples.map((s) => s.done));
  const run = stats(samples.map((s) => s.run));
  const afterBoot = stats(samples.map((s) => s.done - s.boot));
  timings.push({
    name, latency_ms: latency, runs: RUNS, boot_ms: boot, done_ms: done, run_ms: run, done_after_boot_ms: afterBoot,
    ratio_to_latency: latency ? stats(samples.map((s) => (s.done - s.boot) / latency)) : null,
    budget_ms: latency === null ? DEADLINE_MS + 500 : null,
    peak_js_heap_bytes: stats(samples.map((s) => s.heap)),
    wasm_memory_bytes: stats(samples.map((s) => s.wasm ?? 0)),
  });
}

// The floor: the same requests a run makes (taken from a real run's resource timing), fired by
// plain JavaScript from the idle page, with no wasm, no rendering and no decisions. What is
// left above L is this machine's cost of connections and TLS to the lab on loopback; the page
// cannot go below it.
async function requestsOfARun(scenario) {
  let requests;
  await runScenario(scenario, {
    inspect: async (page) => {
      requests = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((r) => !/\/assets\/|loader\.js/.test(r.name))
        .map((r) => ({ url: r.name, type: r.initiatorType })));
    },
  });
  return requests;
}

async function floorOnce(scenario, requests) {
  let ms;
  await runScenario(scenario, {
    path: '/',
    beforeRun: async (page) => {
      await page.waitForSelector('[data-action="run"]');
      ms = await page.evaluate(async (reqs) => {
        const t0 = performance.now();
        await Promise.all(reqs.map(({ url, type }, i) => {
          const u = url + (url.includes('?') ? '&' : '?') + 'floor=' + i;
          if (type === 'img') return new Promise((r) => { const img = new Image(); img.onload = img.onerror = r; img.src = u; });
          const mode = url.startsWith(location.origin) ? 'same-origin' : (/summary\.json$/.test(url) ? 'cors' : 'no-cors');
          return fetch(u, { mode, credentials: 'omit', cache: 'no-store' }).catch(() => {});
        }));
        return performance.now() - t0;
      }, requests);
      await page.click('[data-action="run"]');
    },
  });
  return ms;
}

const floors = [];
for (const [name, scenario, latency] of cases.filter(([, , l]) => l !== null)) {
  const requests = await requestsOfARun(scenario);
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await floorOnce(scenario, requests));
  floors.push({
    name, latency_ms: latency, requests: requests.length, all_answered_ms: stats(samples),
    ratio_to_latency: latency ? stats(samples.map((ms) => ms / latency)) : null,
  });
}

// Watch mode's memory: 10-second rounds against a lab where one host flips between answering
// and a 502, sampled after every round. An hour is BENCH_WATCH_MINUTES=60; the default is short.
const WATCH_MINUTES = Number(process.env.BENCH_WATCH_MINUTES || 3);
const watchSamples = [];
await runScenario({ hosts: { 'connect.intuit.com': { kind: 'rounds', pattern: 'ud', down: { kind: 'status', code: 502 } } } }, {
  path: '/?watch=10',
  // One wasm memory serves every part of the page; the loader's start event carries it.
  prepare: (page) => page.addInitScript(() => addEventListener('TrunkApplicationStarted', (event) => { window.benchWasm = event.detail.wasm; })),
  inspect: async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const rounds = () => page.evaluate(() => Number(document.querySelector('[data-watch-rounds]')?.getAttribute('data-watch-rounds') ?? 0));
    const target = WATCH_MINUTES * 6;
    let last = 0;
    while (last < target) {
      await page.waitForFunction((n) => Number(document.querySelector('[data-watch-rounds]')?.getAttribute('data-watch-rounds')) > n, last, { timeout: 60_000 });
      last = await rounds();
      const { metrics } = await cdp.send('Performance.getMetrics');
      const wasm = await page.evaluate(async () => ({
        followup: window.benchWasm?.memory?.buffer?.byteLength ?? null,
        nodes: document.getElementsByTagName('*').length,
      }));
      watchSamples.push({ round: last, heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value, ...wasm });
    }
    await page.click('[data-action="stop-watch"]');
  },
});
const figure = (key) => ({
  start: watchSamples[0]?.[key],
  peak: Math.max(...watchSamples.map((s) => s[key] ?? 0)),
  end: watchSamples[watchSamples.length - 1]?.[key],
});
const watchMemory = { minutes: WATCH_MINUTES, rounds: watchSamples.length ? watchSamples[watchSamples.length - 1].round : 0, js_heap_bytes: figure('heap'), wasm_bytes: figure('followup'), dom_nodes: figure('nodes') };

// Lighthouse's mobile run on the page as nginx serves it (gzip: Chromium asks for brotli only
// over HTTPS). Its performance score varies from run to run, hence the median.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const nginx = await startNginx();
const reports = [];
try {
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) reports.push(await lighthouse(`${nginx.origin}/`));
} finally {
  nginx.stop();
}
const audit = (id) => stats(reports.map((r) => r.audits[id].numericValue));
const phone = {
  runs: LIGHTHOUSE_RUNS,
  scores: Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo']
    .map((c) => [c, stats(reports.map((r) => Math.round(r.categories[c].score * 100)))])),
  lcp_ms: audit('largest-contentful-paint'),
  fcp_ms: audit('first-contentful-paint'),
  tbt_ms: audit('total-blocking-time'),
  total_bytes: audit('total-byte-weight'),
};

const kb = (n) => (n / 1024).toFixed(1);
const ms = (s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
console.log('\nBundle (first load)                           raw KB  gzip KB  brotli KB');
for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(6)} ${kb(r.gzip).padStart(8)} ${kb(r.brotli).padStart(10)}`);
console.log(`  ${'total'.padEnd(44)} ${kb(sizes.total.raw).padStart(6)} ${kb(sizes.total.gzip).padStart(8)} ${kb(sizes.total.brotli).padStart(10)}   budget ${kb(BROTLI_BUDGET)}`);
console.log('Follow-up module (loaded when a run starts, a report opens or the lookups open)');
for (const r of followupRows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(6)} ${kb(r.gzip).padStart(8)} ${kb(r.brotli).padStart(10)}`);
console.log(`  ${'total'.padEnd(44)} ${kb(sizes.followup.total.raw).padStart(6)} ${kb(sizes.followup.total.gzip).padStart(8)} ${kb(sizes.followup.total.brotli).padStart(10)}`);
console.log(`\nTimings, ms: median (min–max) of ${RUNS} runs, from navigation`);
console.log('  case               boot          verdict        verdict−boot     ratio to L        JS heap MB  wasm MB');
for (const t of timings) {
  const ratio = t.ratio_to_latency ? `${t.ratio_to_latency.median.toFixed(2)} (${t.ratio_to_latency.min.toFixed(2)}–${t.ratio_to_latency.max.toFixed(2)})` : (t.budget_ms ? `run ${ms(t.run_ms)}` : '—');
  console.log(`  ${t.name.padEnd(18)} ${ms(t.boot_ms).padEnd(13)} ${ms(t.done_ms).padEnd(14)} ${ms(t.done_after_boot_ms).padEnd(16)} ${ratio.padEnd(17)} ${(t.peak_js_heap_bytes.max / 1e6).toFixed(1).padStart(6)}  ${(t.wasm_memory_bytes.max / 1e6).toFixed(1).padStart(6)}`);
}
console.log(`\nFloor: the same requests from plain JavaScript on the idle page (no wasm, no rendering), ms`);
for (const f of floors) {
  const ratio = f.ratio_to_latency ? `ratio ${f.ratio_to_latency.median.toFixed(2)} (${f.ratio_to_latency.min.toFixed(2)}–${f.ratio_to_latency.max.toFixed(2)})` : '';
  console.log(`  ${f.name.padEnd(18)} ${f.requests} requests, all answered after ${ms(f.all_answered_ms)}  ${ratio}`);
}
console.log(`\nWatch mode, ${watchMemory.rounds} rounds of 10 s (${WATCH_MINUTES} min): start / peak / end`);
const mb = (f) => `${(f.start / 1e6).toFixed(2)} / ${(f.peak / 1e6).toFixed(2)} / ${(f.end / 1e6).toFixed(2)} MB`;
console.log(`  JS heap             ${mb(watchMemory.js_heap_bytes)}`);
console.log(`  wasm memory        ${mb(watchMemory.wasm_bytes)}`);
console.log(`  DOM elements        ${watchMemory.dom_nodes.start} / ${watchMemory.dom_nodes.peak} / ${watchMemory.dom_nodes.end}`);
console.log(`\nLighthouse, mobile, through nginx: median (min–max) of ${LIGHTHOUSE_RUNS} runs`);
for (const [name, s] of Object.entries(phone.scores)) console.log(`  ${name.padEnd(18)} ${ms(s)}`);
console.log(`  ${'LCP, ms'.padEnd(18)} ${ms(phone.lcp_ms)}   (target ≤ 1500)`);
console.log(`  ${'FCP, ms'.padEnd(18)} ${ms(phone.fcp_ms)}`);
console.log(`  ${'TBT, ms'.padEnd(18)} ${ms(phone.tbt_ms)}`);
console.log(`  ${'bytes (gzip)'.padEnd(18)} ${ms(phone.total_bytes)}`);
console.log(`\nBudgets: brotli ≤ ${kb(BROTLI_BUDGET)} KB; verdict ≤ boot + 1.3 × L; all-hang verdict ≤ ${DEADLINE_MS + 500} ms after the run starts.`);
mkdirSync(join(ROOT, 'test-output'), { recursive: true });
const out = join(ROOT, 'test-output', 'bench.json');
writeFileSync(out, JSON.stringify({ measured_at: new Date().toISOString(), sizes, timings, floors, watch_memory: watchMemory, lighthouse_mobile: phone }, null, 2));
console.log(`Wrote ${out}`);
