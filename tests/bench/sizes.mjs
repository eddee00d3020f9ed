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

/** The follow-up module: loaded when a run starts, a shared report opens or the lookups are
 * asked for; never by a first visit. */
const isFollowup = (f) => /qbo-check-followup-|\/followup-[0-9a-f]+\.css$/.test(f);

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

/** The files a first visit downloads: everything but the follow-up module, deploy metadata
 * and the bait file. */
export const firstLoad = (dist) => measure(dist, (f) => !isFollowup(f));
/** The follow-up module's files. */
export const followupLoad = (dist) => measure(dist, isFollowup);

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
  show('follow-up module, loaded on demand', followupLoad(dist), '');
}
