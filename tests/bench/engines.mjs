// Time to verdict in each engine, in one run of this script: every host answers after L ms (the
// lab's delay), and the page is clicked the moment it has booted, so the figure is the verdict
// minus boot. Beside it, the plain floor: the same requests made from plain JavaScript on the
// same idle page, in the same engine. Budget: verdict − boot ≤ 1.3 × L. The headline column is
// when the first part drew the verdict (`data-verdict`), before `done`. The "pointer first"
// columns time the same check the way a person starts it: the pointer reaches the button, which
// fetches the probes' part ahead (www/loader.js), and the click comes once it has arrived; they
// are timed from the click.
// Usage: node tests/bench/engines.mjs (BENCH_RUNS=N, default 5). Prints a table.
import { startLab } from '../e2e/harness.mjs';
import { ENGINES, openEngine, waitForSelector } from '../e2e/engines.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const LATENCIES = (process.env.BENCH_LATENCIES || '200,300').split(',').map(Number);

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};

/** One check: boot (the run button is there), then click and wait for the verdict, timed in the
 * page. With `pointerFirst`, a pointer reaches the button first and the click waits until the
 * parts that fetches have arrived. */
async function once(engine, lab, { pointerFirst = false } = {}) {
  const page = await openEngine(engine, lab);
  try {
    await page.goto(lab.origin + '/');
    await waitForSelector(page, '[data-action="run"]:not([disabled])');
    const boot = await page.evaluate(() => performance.now());
    if (pointerFirst) {
      // Every file the pointer asked for (the loader's preload links) has arrived once it has a
      // resource-timing entry; after 5 s the click comes anyway, and the row says so.
      const waited = await page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector('[data-action="run"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        const asked = () => [...document.querySelectorAll('link[rel="preload"][href*="/qbo-check-"]')].map((l) => l.href);
        const arrived = () => asked().some((h) => /probes/.test(h)) && asked().every((h) => performance.getEntriesByName(h).length > 0);
        const check = () => (arrived() || performance.now() - t0 > 5000 ? resolve(arrived()) : setTimeout(check, 5));
        check();
      }));
      if (!waited) console.error(`${engine}: the probes' part had not arrived 5 s after the pointer; clicked anyway`);
    }
    const run = await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      let headline;
      const done = () => document.querySelector('[data-run-state="done"]');
      new MutationObserver((_, observer) => {
        headline ??= document.querySelector('[data-verdict]') ? performance.now() - t0 : undefined;
        if (done()) { observer.disconnect(); resolve({ run: performance.now() - t0, headline: headline ?? performance.now() - t0 }); }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-run-state', 'data-verdict'] });
      document.querySelector('[data-action="run"]').click();
    }));
    const requests = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((r) => /qbo-check=/.test(r.name))
      .map((r) => ({ url: r.name, type: r.initiatorType })));
    return { boot, ...run, requests };
  } finally {
    await page.close();
  }
}

/** The same requests from plain JavaScript on the idle page. */
async function floor(engine, lab, requests) {
  const page = await openEngine(engine, lab);
  try {
    await page.goto(lab.origin + '/');
    await waitForSelector(page, '[data-action="run"]');
    return await page.evaluate(async (reqs) => {
      const t0 = performance.now();
      await Promise.all(reqs.map(({ url, type }, i) => {
        const u = url.replace(/qbo-check=[^&]*/, `qbo-check=floor${Date.now()}-${i}`);
        if (type === 'img') return new Promise((r) => { const img = new Image(); img.onload = img.onerror = r; img.src = u; });
        const mode = /summary\.json/.test(url) ? 'cors' : 'no-cors';
        return fetch(u, { mode, credentials: 'omit', cache: 'no-store' }).catch(() => {});
      }));
      return performance.now() - t0;
    }, requests);
  } finally {
    await page.close();
  }
}

const rows = [];
for (const latency of LATENCIES) {
  const lab = await startLab({ default: { kind: 'ok', delay_ms: latency } });
  try {
    for (const engine of ENGINES) {
      const samples = [];
      for (let i = 0; i < RUNS; i++) samples.push(await once(engine, lab));
      const pointed = [];
      for (let i = 0; i < RUNS; i++) pointed.push(await once(engine, lab, { pointerFirst: true }));
      const floors = [];
      for (let i = 0; i < RUNS; i++) floors.push(await floor(engine, lab, samples[0].requests));
      rows.push({
        engine, latency,
        boot: stats(samples.map((s) => s.boot)),
        run: stats(samples.map((s) => s.run)),
        headline: stats(samples.map((s) => s.headline)),
        pointedHeadline: stats(pointed.map((s) => s.headline)),
        pointedRun: stats(pointed.map((s) => s.run)),
        ratio: stats(samples.map((s) => s.run / latency)),
        floor: stats(floors),
        floorRatio: stats(floors.map((f) => f / latency)),
        requests: samples[0].requests.length,
      });
    }
  } finally {
    lab.stop();
  }
}

const ms = (s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
const ratio = (s) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
console.log(`Time to verdict by engine, ms: median (min–max) of ${RUNS} runs; the run starts at boot`);
console.log('  engine     L     boot            headline − boot   verdict − boot    ratio to L         plain floor       floor ratio       overhead');
for (const r of rows) {
  console.log(`  ${r.engine.padEnd(9)} ${String(r.latency).padEnd(5)} ${ms(r.boot).padEnd(15)} ${ms(r.headline).padEnd(17)} ${ms(r.run).padEnd(17)} ${ratio(r.ratio).padEnd(18)} ${ms(r.floor).padEnd(17)} ${ratio(r.floorRatio).padEnd(17)} ${Math.round(r.run.median - r.floor.median)} ms`);
}
console.log('Pointer first (the probes\' part fetched ahead, as a person\'s pointer does), timed from the click:');
console.log('  engine     L     headline − click  verdict − click   ratio to L   overhead above the floor');
for (const r of rows) {
  console.log(`  ${r.engine.padEnd(9)} ${String(r.latency).padEnd(5)} ${ms(r.pointedHeadline).padEnd(17)} ${ms(r.pointedRun).padEnd(17)} ${(r.pointedRun.median / r.latency).toFixed(2).padEnd(12)} ${Math.round(r.pointedRun.median - r.floor.median)} ms`);
}
console.log('Budget: verdict − boot ≤ 1.3 × L in every engine.');
process.exit(0);
