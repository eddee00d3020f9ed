// Trunk post-build hook. Finishes dist/ for a strict, cache-friendly static deploy:
// 1. Trunk's inline module loader is replaced by loader.js (the CSP forbids inline scripts),
//    written from the template www/loader.js: it starts the page or shows plain steps, and
//    gets a Subresource Integrity hash.
// 2. Hashed files move to assets/, so that _headers can cache them for a year without rules
//    that overlap (hosts merge every matching rule).
// 3. version.json names the build, so a page served from a stale cache can tell.
// 4. One binary, split: Trunk's wasm-bindgen output for the page is replaced. The linked wasm
//    is split by wasm-split-cli at the split points of src/split.rs, then bound and optimized.
//    The first part is the page's main wasm; the other parts (the probes, the follow-up views,
//    the extras, the French words, what two of them use) get hashed names, and the script that
//    fetches them checks each against its SRI hash. They are fetched only when the first part
//    asks (a run, a shared report, the lookups, a visit in French), or preloaded with `?run`.
// 5. The JS glue is minified.
// 6. The response headers come from one definition, www/headers.json: the page's meta CSP,
//    _headers (Netlify, Cloudflare Pages) and an nginx snippet are written from it.
// 7. Every first-load file gets .gz and .br copies, for servers that send precompressed files.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { renameInGlue, shortenImports } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const fail = (message) => {
  console.error(`finish-build: ${message}`);
  process.exit(1);
};
if (!dir) fail('TRUNK_STAGING_DIR is not set; run me from Trunk');

const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
// Trunk's own inline loader is replaced by loader.js (the CSP forbids inline scripts). The app's
// files are found by their names in Trunk's output, not read out of that script.
const inline = /<script type="module"(?: nonce="[^"]*")?>[\s\S]*?<\/script>/;
if (!inline.test(html)) fail('no inline module loader found in index.html');
// Trunk prints its 64-bit hashes without leading zeros, so a name may carry fewer than 16 digits.
const only = (pattern, what) => {
  const found = readdirSync(dir).filter((f) => pattern.test(f));
  if (found.length !== 1) fail(`expected one ${what} in Trunk's output, found ${found.length}`);
  return found[0];
};
// Trunk's names for the page's glue and wasm; the split below replaces both files, and renames
// them after what they now hold.
let mainJs = only(/^qbo-check-[0-9a-f]{1,16}\.js$/, 'main script');
let mainWasm = only(/^qbo-check-[0-9a-f]{1,16}_bg\.wasm$/, 'main wasm');

// 2. Hashed assets into assets/.
mkdirSync(join(dir, 'assets'), { recursive: true });
const sri = (body) => 'sha384-' + createHash('sha384').update(body).digest('base64');
const contentName = (stem, ext, body) => `${stem}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.${ext}`;

// 4. Split, bind and optimize the one binary. Trunk builds it (with the relocations that
// .cargo/config.toml asks the linker to keep) and binds it whole; that binding is replaced.
const repo = fileURLToPath(new URL('..', import.meta.url));
// wasm-opt reads the splitter's name sections and warns about a subsection it does not know
// (the names of locals' labels); only that notice is dropped from what a tool prints.
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  const notes = (result.stderr ?? '').toString().split('\n').filter((l) => l && !/^warning: unknown name subsection/.test(l));
  if (notes.length) console.error(notes.join('\n'));
  if (result.error || result.status !== 0) fail(`${command} failed (${result.error?.message ?? `exit ${result.status}`}); scripts/setup.sh installs it`);
  return result.stdout.toString();
};
const targetDir = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps'])).target_directory;
const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
const linked = join(targetDir, 'wasm32-unknown-unknown', profile, 'qbo-check.wasm');
const work = mkdtempSync(join(tmpdir(), 'qbo-check-split-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
run('wasm-split-cli', [linked, work, '--out-name', 'qbo-check']);
// split_probes.wasm (a run), split_followup.wasm (the follow-up views), split_extras.wasm (the
// lookups, the JSON report, older links: fetched only when asked for), split_langfr.wasm (the
// page's French words: only a visit shown in French), split_lookupsfr.wasm (the lookups' French
// words: only when such a visit opens them) and chunk_N.wasm (code two parts use,
// fetched by whichever comes first). Each is named after what it holds.
const partFiles = readdirSync(work).filter((f) => /^(split_.*|chunk_\d+)\.wasm$/.test(f)).sort();
for (const expected of ['split_probes.wasm', 'split_followup.wasm', 'split_extras.wasm']) {
  if (!partFiles.includes(expected)) fail(`wasm-split-cli wrote no ${expected} (found ${partFiles.join(', ') || 'none'}); see src/split.rs`);
}
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
  '--out-dir', join(work, 'bound'), '--out-name', 'qbo-check', join(work, 'qbo-check.wasm')]);
// Without the producers and target-features sections: some 170 bytes in each of the ten files,
// which no browser reads (wasm-opt reads the features before it strips them).
const optimize = (from, to) => run('wasm-opt', ['-Oz', '--converge', '--low-memory-unused',
  '--strip-producers', '--strip-target-features', from, '-o', to]);
// Cached for a year as immutable, every file is named after its content: a build whose bytes
// differ (a new wasm-opt, say) never reuses a name a returning visitor has cached.
rmSync(join(dir, mainWasm));
rmSync(join(dir, mainJs));
optimize(join(work, 'bound', 'qbo-check_bg.wasm'), join(work, 'first.wasm'));
// Short names for the imports from the glue (scripts/short-imports.mjs), in both files.
const { wasm: firstWasm, renamed: shortImports } = shortenImports(readFileSync(join(work, 'first.wasm')), './qbo-check_bg.js');
if (shortImports.size < 50) fail(`only ${shortImports.size} imports from ./qbo-check_bg.js: has wasm-bindgen renamed its module?`);
mainWasm = contentName('qbo-check', 'wasm', firstWasm).replace(/\.wasm$/, '_bg.wasm');
writeFileSync(join(dir, mainWasm), firstWasm);
// The script that fetches the parts checks each against its SRI hash.
let splitJs = readFileSync(join(work, '__wasm_split.js'), 'utf8');
// What a part needs fetched: itself and the chunks the split script loads before it
// (`__wasm_split_load_<part> = …, [__chunk_N, …]));`), as stems.
const needs = (part) => {
  const at = splitJs.indexOf(`export const __wasm_split_load_${part} =`);
  const next = splitJs.indexOf('\nexport ', at + 1);
  const deps = at < 0 ? null : splitJs.slice(at, next < 0 ? undefined : next).match(/\n, \[([^\]]*)\]\)\);/);
  if (!deps) fail(`__wasm_split.js does not say what the ${part} part needs`);
  return [part, ...deps[1].split(',').map((d) => d.trim()).filter(Boolean).map((d) => d.replace(/^__chunk_(\d+)$/, 'chunk-$1'))];
};
const probeStems = needs('probes');
const frenchStems = needs('langfr');
// A chunk a run fetches (needed by the probes or the follow-up part) is `chunk-N`; one only the
// parts fetched when asked for need (the extras, a language's words) is `asked-chunk-N`, so
// tests/bench/sizes.mjs can tell a run's download by name.
const runChunks = new Set([...probeStems, ...needs('followup')]);
const parts = {};
for (const file of partFiles) {
  optimize(join(work, file), join(work, `opt-${file}`));
  const body = readFileSync(join(work, `opt-${file}`));
  const plain = file.replace(/^split_/, '').replace(/_/g, '-').replace(/\.wasm$/, '');
  const stem = /^chunk-\d+$/.test(plain) && !runChunks.has(plain) ? `asked-${plain}` : plain;
  const name = contentName(`qbo-check-${stem}`, 'wasm', body).replace(/\.wasm$/, '_bg.wasm');
  writeFileSync(join(dir, 'assets', name), body);
  const fetchOf = `fetch(new URL("./${file}", import.meta.url))`;
  if (!splitJs.includes(fetchOf)) fail(`__wasm_split.js does not fetch ${file} as expected`);
  splitJs = splitJs.replace(fetchOf, `fetch(new URL("./${name}", import.meta.url), { integrity: "${sri(body)}" })`);
  parts[stem] = { path: `./assets/${name}`, integrity: sri(body) };
}
// The glue and the split script name each other, so the glue's name cannot hash its own final
// bytes: it hashes what they are made from (the bound glue, every part as optimized, this
// script and the minifier's version).
let glue;
try {
  glue = renameInGlue(readFileSync(join(work, 'bound', 'qbo-check.js'), 'utf8'), shortImports);
} catch (error) {
  fail(error.message);
}
if (!glue.includes('from "./__wasm_split.js"')) fail('the bound glue does not import __wasm_split.js');
mainJs = contentName('qbo-check', 'js', [
  glue,
  JSON.stringify(parts),
  readFileSync(new URL(import.meta.url), 'utf8'),
  readFileSync(new URL('../node_modules/terser/package.json', import.meta.url), 'utf8'),
].join('\n'));
if (!splitJs.includes('from "./qbo-check.js"')) fail('__wasm_split.js does not import ./qbo-check.js');
splitJs = splitJs.replace('from "./qbo-check.js"', `from "./${mainJs}"`);
splitJs = (await minify(splitJs, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true })).code ?? fail('terser returned nothing for __wasm_split.js');
const splitJsName = contentName('qbo-check-split', 'js', splitJs);
writeFileSync(join(dir, 'assets', splitJsName), splitJs);
writeFileSync(join(dir, mainJs), glue.replaceAll('from "./__wasm_split.js"', `from "./${splitJsName}"`));
rmSync(work, { recursive: true, force: true });
const splitScript = { path: `./assets/${splitJsName}`, integrity: sri(splitJs) };
const followup = {};

// 5. wasm-bindgen's JS glue, minified (it is about a fifth of the first load), under the name
// given above; SRI hashes are taken after minifying.
async function minifyFile(file, module) {
  const path = join(dir, file);
  const result = await minify(readFileSync(path, 'utf8'), { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!result.code) fail(`terser returned nothing for ${file}`);
  writeFileSync(path, result.code);
  return sri(result.code);
}
const mainJsIntegrity = await minifyFile(mainJs, true);
// Trunk's preload links for the main script and wasm go: the loader decides when they are
// fetched. On a plain visit that is after the static first screen has painted, so a phone
// paints the page's text before spending its bandwidth on the app (Lighthouse counts every
// request started before the largest paint against it); with ?run it is at once. The loader
// adds the script's modulepreload link itself, with its SRI hash, which the import then uses.
const preloads = /<link rel="(?:modulepreload|preload)" href="\.\/qbo-check-[0-9a-f]{1,16}(?:_bg\.wasm|\.js)"[^>]*>/g;
if ((html.match(preloads) ?? []).length !== 2) fail('expected Trunk\'s two preload links for the main script and wasm');
html = html.replace(preloads, '');

// The stylesheets, without comments and layout whitespace (conservatively: spaces inside
// selectors and values stay); the first one's SRI hash in the page is updated to match.
const minifyCss = (text) => {
  // A colon followed by a space inside a quoted string (`content: "a: b"`) would lose its space.
  // (A string here never holds a quote, a semicolon, a brace or a line break.)
  if (/"[^"\n;{}]*:\s[^"\n;{}]*"|'[^'\n;{}]*:\s[^'\n;{}]*'/.test(text)) fail('a stylesheet has ": " inside a quoted string, which the minifier would change');
  return minifyCssText(text);
};
const minifyCssText = (text) => text
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};])\s*/g, '$1')
  .replace(/,\s+/g, ',')
  // A declaration's colon: no selector has a colon followed by a space.
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}')
  .trim();
for (const css of readdirSync(dir).filter((f) => /^style-[0-9a-f]{1,16}\.css$/.test(f))) {
  const path = join(dir, css);
  const small = minifyCss(readFileSync(path, 'utf8'));
  writeFileSync(path, small);
  const tag = new RegExp(`(<link rel="stylesheet" href="\\./${css.replaceAll('.', '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!tag.test(html)) fail(`the stylesheet link for ${css} was not found to update its integrity`);
  html = html.replace(tag, `$1${sri(small)}$2`);
}

// The follow-up module's stylesheet, minified, hashed and loaded with it.
{
  const name = 'followup.css';
  let text;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch {
    fail(`${name} is missing: index.html must copy www/followup.css`);
  }
  const body = minifyCss(text);
  const hashedName = `followup-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(dir, 'assets', hashedName), body);
  rmSync(join(dir, name));
  followup.css = { path: `./assets/${hashedName}`, integrity: sri(body) };
}
// Trunk prints its 64-bit hashes without leading zeros, so a name may carry fewer than 16 digits.
const hashed = readdirSync(dir).filter((f) => /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css|svg)$/.test(f));
for (const file of [mainJs, mainWasm]) {
  if (!hashed.includes(file)) fail(`${file}, named by the loader, was not found to move into assets/`);
}
for (const file of hashed) {
  renameSync(join(dir, file), join(dir, 'assets', file));
  html = html.replaceAll(`"./${file}"`, `"./assets/${file}"`);
}

// The main wasm is fetched with its integrity checked, like every other file.
const mainWasmIntegrity = sri(readFileSync(join(dir, 'assets', mainWasm)));

// The static first screen's French (www/words-fr-ca.js): a module of its own, hashed, that
// only a visit shown in French fetches (the loader checks its SRI hash).
const frenchScreenSource = (await minify(readFileSync(new URL('../www/words-fr-ca.js', import.meta.url), 'utf8'), { module: true, ecma: 2020 })).code ?? fail('terser returned nothing for words-fr-ca.js');
const frenchScreenName = contentName('words-fr-ca', 'js', frenchScreenSource);
writeFileSync(join(dir, 'assets', frenchScreenName), frenchScreenSource);

// 1. The loader, with its fallback.
const filled = {
  MAIN_JS: `./assets/${mainJs}`,
  MAIN_JS_INTEGRITY: mainJsIntegrity,
  MAIN_WASM: `./assets/${mainWasm}`,
  MAIN_WASM_INTEGRITY: mainWasmIntegrity,
  SPLIT_JS: splitScript.path,
  SPLIT_JS_INTEGRITY: splitScript.integrity,
  // The probes and the chunks they need: preloaded by a run that starts at once (`?run`), or
  // when a pointer or the keyboard reaches the run button; the extras likewise for the buttons
  // that need them; the follow-up part: preloaded with its stylesheet.
  PROBE_PARTS: JSON.stringify(probeStems.map((stem) => [parts[stem].path, parts[stem].integrity])),
  // (The extras alone: their chunks, mostly code a run has fetched, are fetched beside them
  // when called, and every hash in this list is first-load bytes.)
  EXTRAS_PARTS: JSON.stringify([[parts.extras.path, parts.extras.integrity]]),
  // The French words and the chunks they need: fetched beside the first part by a visit
  // shown in French, so they are there when the first result is drawn.
  FRENCH_PARTS: JSON.stringify(frenchStems.map((stem) => parts[stem] ?? parts[`asked-${stem}`] ?? fail(`no part ${stem}`)).map((p) => [p.path, p.integrity])),
  // The lookups' French words (a part whose chunks, if any, the build refuses): fetched when a
  // pointer or the keyboard reaches the lookups' button on a visit shown in French, so the
  // lookups seldom show English before their words come.
  LOOKUPSFR_PARTS: JSON.stringify([[parts.lookupsfr.path, parts.lookupsfr.integrity]]),
  FRENCH_SCREEN: `./assets/${frenchScreenName}`,
  FRENCH_SCREEN_INTEGRITY: sri(frenchScreenSource),
  FOLLOWUP_WASM: parts.followup.path,
  FOLLOWUP_WASM_INTEGRITY: parts.followup.integrity,
  FOLLOWUP_CSS: followup.css.path,
  FOLLOWUP_CSS_INTEGRITY: followup.css.integrity,
};
const template = readFileSync(new URL('../www/loader.js', import.meta.url), 'utf8');
const filledIn = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => filled[name] ?? fail(`www/loader.js names an unknown {{${name}}}`));
// Minified like the glue: the loader is part of every first load.
const source = (await minify(filledIn, { module: true, ecma: 2020, format: { quote_style: 1 } })).code ?? fail('terser returned nothing for loader.js');
writeFileSync(join(dir, 'loader.js'), source);

const integrity = sri(source);
html = html.replace(inline, `<script type="module" src="./loader.js" integrity="${integrity}" crossorigin="anonymous"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('an inline script is left in index.html');
writeFileSync(page, html);

// 6. Headers from their one definition.
const definition = JSON.parse(readFileSync(new URL('../www/headers.json', import.meta.url), 'utf8'));
const policy = (leaveOut = []) => definition.csp.filter(([name]) => !leaveOut.includes(name)).map((d) => d.join(' ')).join('; ');
const metaCsp = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
if (!metaCsp.test(html)) fail('index.html has no Content-Security-Policy meta tag to fill in');
html = html.replace(metaCsp, `<meta http-equiv="Content-Security-Policy" content="${policy(definition.meta_csp_leaves_out)}">`);
// The page without its comments (notes for maintainers, in www/index.html) and indentation: a
// fifth of its compressed size, which every visit downloads. Only the spaces and tabs that
// start a line go, so every line break stays, blank lines too: text reads the same, also in the
// fallback blocks, whose style keeps line breaks (white-space: pre-line). The page has no <pre>
// or <textarea>, whose spaces would matter.
if (/<(pre|textarea)\b/.test(html)) fail('index.html has a <pre> or <textarea>, whose whitespace the minifier would change');
html = html.replace(/<!--[\s\S]*?-->/g, '').replace(/\n[ \t]+/g, '\n');
writeFileSync(page, html);
const security = { 'Content-Security-Policy': policy(), ...definition.headers };
writeFileSync(join(dir, '_headers'), [
  '# Written by scripts/finish-build.mjs from www/headers.json. Netlify and Cloudflare Pages apply',
  '# every matching rule, so no header is set by two rules that can match the same file.',
  '/*',
  ...Object.entries(security).map(([k, v]) => `  ${k}: ${v}`),
  '',
  ...definition.cache.flatMap(({ path, prefix, value }) => [`${path}${prefix ? '*' : ''}`, `  Cache-Control: ${value}`, '']),
].join('\n'));
const quoted = (v) => `"${v.replaceAll('"', '\\"')}"`;
const nginxHeaders = (cache) => [
  ...Object.entries(security).map(([k, v]) => `    add_header ${k} ${quoted(v)} always;`),
  `    add_header Cache-Control ${quoted(cache)} always;`,
].join('\n');
const cacheOf = (path) => definition.cache.find((c) => c.path === path).value;
writeFileSync(join(dir, 'nginx.conf'), `# qbo-check for nginx. Written by scripts/finish-build.mjs from www/headers.json: do not edit.
# Include it inside a server block whose root is this dist/ folder, for example:
#   server { listen 80; root /srv/qbo-check/dist; include /srv/qbo-check/dist/nginx.conf; }
# Types come from the mime.types that Debian's nginx.conf includes at the http level (it maps
# .wasm to application/wasm); this file declares no types block, which would replace that map.
index index.html;

# The build writes .gz (and .br) copies of every first-load file.
gzip_static on;
# With Debian's libnginx-mod-http-brotli-static loaded, also serve the .br copies:
# brotli_static on;
gzip on;
gzip_vary on;
gzip_types application/javascript text/javascript text/css application/wasm image/svg+xml application/json;

# add_header in a location replaces the server's, so every location carries the full set.
location /assets/ {
${nginxHeaders(cacheOf('/assets/'))}
}

location = /version.json {
${nginxHeaders(cacheOf('/version.json'))}
}

location / {
${nginxHeaders(cacheOf('/'))}
    try_files $uri $uri/ =404;
}
`);

// 7. Precompressed copies of what a first visit and the follow-up module download.
const compressible = [
  'index.html', 'loader.js',
  ...readdirSync(join(dir, 'assets')).filter((f) => /\.(js|wasm|css|svg)$/.test(f)).map((f) => `assets/${f}`),
];
for (const file of compressible) {
  const body = readFileSync(join(dir, file));
  writeFileSync(join(dir, `${file}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
}

// 3. The build's name.
writeFileSync(join(dir, 'version.json'), JSON.stringify({ app: 'qbo-check', build: mainJs }) + '\n');
console.log(`finish-build: loader.js (${integrity.slice(0, 19)}…), ${hashed.length} files to assets/, build ${mainJs}`);
