// The page's download sizes, brotli-compressed, from dist/. Nearly deterministic, so they gate.
// The design's budget for the first load is 120 KB with at least 5 KB of it unused, so the gate
// is 115 KiB. Sizes are read as KiB, the unit of this project's figures and issues (the looser
// reading: README.md, "Budgets and the benchmark"). The same commit built in a fresh clone
// measured 94 B more than in the working tree (2026-11-29), so a margin under a few hundred
// bytes is not room. The parts fetched on demand (the probes, the follow-up part, the extras, the
// French words and what they share) are not part of a first visit; everything a run downloads
// (all but the extras and the French words) has a budget of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';
import { BROTLI_BUDGET, RUN_BUDGET, firstLoad, frenchRunLoad, onDemandLoad, runLoad, total } from '../bench/sizes.mjs';

/** The first load's gate: the 120 KB budget less the 5 KB the design keeps unused. */
const FIRST_LOAD_GATE = BROTLI_BUDGET - 5 * 1024;


test('first load (HTML, JS, WASM, CSS) is within the 120 KB budget with 5 KB unused, brotli', () => {
  const rows = firstLoad(join(ROOT, 'dist'));
  const t = total(rows);
  console.log(`first load: ${(t.brotli / 1024).toFixed(1)} KB brotli, ${(t.raw / 1024).toFixed(1)} KB raw; budget ${BROTLI_BUDGET / 1024} KB, ${((BROTLI_BUDGET - t.brotli) / 1024).toFixed(1)} KB unused`);
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')) && rows.some((r) => r.file.endsWith('.js')));
  assert.ok(t.brotli <= FIRST_LOAD_GATE, `first load is ${t.brotli} bytes brotli, over the ${FIRST_LOAD_GATE}-byte gate`);
});

test('the parts fetched on demand are the probes, the follow-up part, the extras, the French words, the lookups\' French words and what they share', () => {
  const dist = join(ROOT, 'dist');
  const files = onDemandLoad(dist).map((r) => r.file);
  for (const pattern of [/qbo-check-probes-/, /qbo-check-followup-[0-9a-f]{16}_bg\.wasm$/, /qbo-check-extras-/, /qbo-check-langfr-/, /qbo-check-lookupsfr-/, /words-fr-ca-[0-9a-f]{16}\.js$/, /followup-[0-9a-f]+\.css$/]) {
    assert.ok(files.some((f) => pattern.test(f)), `${pattern} is a part: ${files.join(', ')}`);
  }
  // Every wasm but the first part's is one the split script fetches, and counted as on demand.
  const split = readdirSync(join(dist, 'assets')).find((f) => /^qbo-check-split-[0-9a-f]{16}\.js$/.test(f));
  const fetched = [...readFileSync(join(dist, 'assets', split), 'utf8').matchAll(/new URL\("\.\/([^"]+\.wasm)"/g)].map((m) => `assets/${m[1]}`);
  const wasm = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.wasm')).map((f) => `assets/${f}`);
  const first = firstLoad(dist).filter((r) => r.file.endsWith('.wasm')).map((r) => r.file);
  assert.equal(first.length, 1, `one wasm in the first load: ${first.join(', ')}`);
  assert.deepEqual(wasm.filter((f) => f !== first[0]).sort(), [...fetched].sort());
  assert.deepEqual(fetched.filter((f) => !files.includes(f)), [], 'every part is counted as on demand');
  // Parts fetched when asked for (the extras, the French words, the lookups' French words)
  // share nothing of their own: a text or function two of them hold would be a chunk, one more
  // request for each (docs/ARCHITECTURE.md, "Languages and regions").
  assert.deepEqual(files.filter((f) => /asked-chunk/.test(f)), [], 'a chunk only parts fetched when asked need');
});

test('everything a run downloads is within the 200 KB budget, brotli', () => {
  const t = total(runLoad(join(ROOT, 'dist')));
  // Met since the extras left the follow-up part: 199.5 KiB (204,262 B) on 2026-11-29; before,
  // two binaries: 288.9 KiB; one binary in three parts: 214.7 KiB (docs/ARCHITECTURE.md).
  console.log(`a run: ${(t.brotli / 1024).toFixed(1)} KB brotli; budget ${RUN_BUDGET / 1024} KB`);
  assert.ok(t.brotli <= RUN_BUDGET, `a run downloads ${t.brotli} bytes brotli, over the ${RUN_BUDGET}-byte budget`);
});

/** A run shown in French: an English run plus its words, with a ceiling of its own while the
 * design's run budget foresees one language (docs/ARCHITECTURE.md, "Languages and regions"):
 * the English run's 200 KiB and 25 KiB for one language's words. */
const FRENCH_RUN_CEILING = 225 * 1024;

test('a run shown in French stays within its own 225 KiB ceiling, brotli', () => {
  const dist = join(ROOT, 'dist');
  const french = total(frenchRunLoad(dist));
  const words = total(onDemandLoad(dist).filter((r) => /qbo-check-langfr-|words-fr-ca-/.test(r.file)));
  // 227,363 B on 2026-11-30 with every part of a run in French: the app's French words
  // 22,075 B of it, the first screen's 1,073 B (the lookups' are a part no run fetches) (221,427 B before the browser
  // facts, the copied texts, the triage, the history, the evidence line and the watch panel;
  // 213,280 B before the fixes' steps).
  console.log(`a run in French: at most ${(french.brotli / 1024).toFixed(1)} KB brotli, of which the French words ${(words.brotli / 1024).toFixed(1)} KB; ceiling ${FRENCH_RUN_CEILING / 1024} KB`);
  assert.ok(words.brotli > 0, 'the French words are a part of their own');
  assert.ok(french.brotli <= FRENCH_RUN_CEILING, `a run in French downloads up to ${french.brotli} bytes brotli, over the ${FRENCH_RUN_CEILING}-byte ceiling`);
});
