// Sizes of the first load (HTML, JS, WASM, CSS, the icon and the loader), raw, gzip and
// brotli, from dist/. Deterministic: the same build gives the same numbers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BROTLI_BUDGET = 120 * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The parts of the one wasm binary fetched on demand (docs/ARCHITECTURE.md, "One binary,
 * split"): the probes and the code they share with the follow-up part (a run, or at once with
 * `?run`), and the follow-up part with its stylesheet (a result, a shared report, the lookups).
 * A first visit fetches none of them. */
const isOnDemand = (f) => /qbo-check-(followup|probes|chunk-\d+)-[0-9a-f]{16}_bg\.wasm$|\/followup-[0-9a-f]+\.css$/.test(f);

function measure(dist, keep) {
  return files(dist)
    .filter((f) => /\.(html|js|wasm|css|svg)$/.test(f) && !f.includes(`${join(dist, 'ads')}`) && keep(f))
    .map((f) => {
      const body = readFileSync(f);
      return {
        file: relative(dist, f),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
}

/** The files a first visit downloads: everything but the parts fetched on demand, deploy
 * metadata and the bait file. */
export const firstLoad = (dist) => measure(dist, (f) => !isOnDemand(f));
/** The parts fetched on demand. A run fetches every one of them. */
export const onDemandLoad = (dist) => measure(dist, isOnDemand);
/** Everything a run downloads: the first load and every part. */
export const runLoad = (dist) => measure(dist, () => true);
/** The design's budget for everything a run downloads, brotli (read as KiB, like the first load's). */
export const RUN_BUDGET = 200 * 1024;

export function total(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] || 'dist';
  const show = (title, rows, note) => {
    console.log(title);
    for (const r of rows) console.log(`  ${r.file.padEnd(52)} ${String(r.raw).padStart(8)} ${String(r.gzip).padStart(8)} ${String(r.brotli).padStart(8)}`);
    const t = total(rows);
    console.log(`  ${'total'.padEnd(52)} ${String(t.raw).padStart(8)} ${String(t.gzip).padStart(8)} ${String(t.brotli).padStart(8)}  ${note}`);
  };
  show('first load (raw, gzip, brotli bytes)', firstLoad(dist), `(budget ${BROTLI_BUDGET})`);
  show('parts fetched on demand (a run fetches all of them)', onDemandLoad(dist), '');
  const run = total(runLoad(dist));
  console.log(`everything a run downloads: ${run.brotli} (budget ${RUN_BUDGET})`);
}
