// Trunk post-build hook: moves Trunk's inline module loader out of index.html into loader.js,
// so that the page's Content-Security-Policy can forbid every inline script, and writes
// version.json with the build's name.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('extract-loader: TRUNK_STAGING_DIR is not set; run me from Trunk');
  process.exit(1);
}
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('extract-loader: no inline module loader found in index.html');
  process.exit(1);
}
writeFileSync(join(dir, 'loader.js'), match[1].trim() + '\n');
writeFileSync(page, html.replace(inline, '<script type="module" src="./loader.js"></script>'));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html.replace(inline, ''))) {
  console.error('extract-loader: another inline script is left in index.html');
  process.exit(1);
}
// version.json names the build, so a page served from a stale cache can tell (see probe/page.rs).
const build = match[1].match(/from '\.\/([^']+\.js)'/);
if (!build) {
  console.error('extract-loader: the loader names no script');
  process.exit(1);
}
writeFileSync(join(dir, 'version.json'), JSON.stringify({ app: 'qbo-check', build: build[1] }) + '\n');
console.log(`extract-loader: moved the module loader to loader.js; build ${build[1]}`);
