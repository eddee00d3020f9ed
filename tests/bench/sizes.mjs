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
 * split"): the probes (a run, or at once with `?run`), the follow-up part with its stylesheet (a
 * result or a shared report), the extras (the lookups, the JSON report, older links: only when
 * asked for), a language's words (`langfr` and `words-fr-ca`: only a visit shown in French;
 * `lookupsfr`: only when such a visit opens the lookups) and
 * the chunks of code two parts share. A first visit fetches none of them. */
const isOnDemand = (f) => /qbo-check-(followup|probes|extras|langfr|lookupsfr|(asked-)?chunk-\d+)-[0-9a-f]{16}_bg\.wasm$|\/followup-[0-9a-f]+\.css$|\/words-fr-ca-[0-9a-f]{16}\.js$/.test(f);
/** What no English run fetches: the extras, the French words (the lookups' too) and the chunks
 * only they need
 * (scripts/finish-build.mjs names those `asked-chunk-N`). */
const isAsked = (f) => /qbo-check-(extras|langfr|lookupsfr|asked-chunk-\d+)-[0-9a-f]{16}_bg\.wasm$|\/words-fr-ca-[0-9a-f]{16}\.js$/.test(f);
/** The French words (the app's part and the static screen's module), and the chunks only
 * parts fetched when asked for need. */
const isFrenchExtra = (f) => /qbo-check-(langfr|asked-chunk-\d+)-[0-9a-f]{16}_bg\.wasm$|\/words-fr-ca-[0-9a-f]{16}\.js$/.test(f);

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
/** The parts fetched on demand. */
export const onDemandLoad = (dist) => measure(dist, isOnDemand);
/** Everything a run downloads: the first load and every part but the extras and the French words. */
export const runLoad = (dist) => measure(dist, (f) => !isAsked(f));
/** At most what a run shown in French downloads: an English run, the French words and every
 * chunk only asked-for parts need (some of those may be the extras', which it does not fetch). */
export const frenchRunLoad = (dist) => measure(dist, (f) => !isAsked(f) || isFrenchExtra(f));
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
  show('parts fetched on demand (an English run fetches all but the extras, langfr, lookupsfr and asked-chunk)', onDemandLoad(dist), '');
  const run = total(runLoad(dist));
  const french = total(frenchRunLoad(dist));
  console.log(`everything a run downloads: ${run.brotli} (budget ${RUN_BUDGET})`);
  console.log(`a run shown in French, at most: ${french.brotli} (${french.brotli - run.brotli} more)`);
  const frenchWords = total(measure(dist, (f) => /qbo-check-langfr-[0-9a-f]{16}_bg\.wasm$|\/words-fr-ca-[0-9a-f]{16}\.js$/.test(f)));
  console.log(`a first visit shown in French: ${total(firstLoad(dist)).brotli + frenchWords.brotli} (the first load and the French words)`);
}
