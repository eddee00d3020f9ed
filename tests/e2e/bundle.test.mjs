// The first load's size, brotli-compressed, from dist/. Nearly deterministic, so it gates: the
// design's budget is 120 KB (KiB here, the stricter reading). The same commit built in a fresh
// clone measured 94 B more than in the working tree (2026-11-29), so a margin under a few
// hundred bytes is not room. The follow-up module (fix steps, sharing,
// history, lookups) is not part of a first visit; it has its own ceiling, so it cannot grow
// unnoticed either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';
import { BROTLI_BUDGET, firstLoad, followupLoad, total } from '../bench/sizes.mjs';

/** Raised from 128 KB when watch mode joined the module (2026-11-26: 127.5 KB before, 158.4 KB
 * after: the round loop with its probes about 12 KB, the panel, timeline and watch codec the
 * rest), plus about 3 %. Raised again to 168 KB on 2026-11-29 (164.4 → 168.4 KB) when the
 * ranked findings and the status sentence moved here from the first module, to keep the first
 * load under its budget, and the module's I/O moved into hooks. Raised to 172 KB the same day
 * (168.4 → 169.6 KB) for the help desks' features (a saved report's reader, the ticket tag and
 * its rule) and the r1 links' conversion, which moved here from the first module to give the
 * first load room. Lower it whenever the module shrinks; one binary split into lazily loaded parts (docs/ARCHITECTURE.md, "The boundary,
 * measured") would replace both figures. */
const FOLLOWUP_CEILING = 172 * 1024;

test('first load (HTML, JS, WASM, CSS) is within the 120 KB budget, brotli', () => {
  const rows = firstLoad(join(ROOT, 'dist'));
  const t = total(rows);
  console.log(`first load: ${(t.brotli / 1024).toFixed(1)} KB brotli, ${(t.raw / 1024).toFixed(1)} KB raw; budget ${BROTLI_BUDGET / 1024} KB, ${((BROTLI_BUDGET - t.brotli) / 1024).toFixed(1)} KB to spare`);
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')) && rows.some((r) => r.file.endsWith('.js')));
  assert.ok(!rows.some((r) => /followup/.test(r.file)), 'the follow-up module is not counted as first load');
  assert.ok(t.brotli <= BROTLI_BUDGET, `first load is ${t.brotli} bytes brotli, over the ${BROTLI_BUDGET}-byte budget`);
});

test('the follow-up module stays under its ceiling, brotli', () => {
  const rows = followupLoad(join(ROOT, 'dist'));
  const t = total(rows);
  console.log(`follow-up module: ${(t.brotli / 1024).toFixed(1)} KB brotli, ${(t.raw / 1024).toFixed(1)} KB raw; ceiling ${FOLLOWUP_CEILING / 1024} KB`);
  assert.equal(rows.length, 3, 'its script, its wasm and its stylesheet');
  assert.ok(t.brotli <= FOLLOWUP_CEILING, `the follow-up module is ${t.brotli} bytes brotli`);
});
