// The build's short import names (scripts/short-imports.mjs): the wasm still compiles, imports
// by the new names, and the glue's imports object carries exactly those names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';
import { renameInGlue, shortName, shortenImports } from '../../scripts/short-imports.mjs';

/** A module importing two functions from "./glue.js", a memory from "env" and a global. */
function tinyModule() {
  const str = (s) => [s.length, ...Buffer.from(s)];
  const section = (id, body) => [id, body.length, ...body];
  const types = section(1, [1, 0x60, 0, 0]);
  const imports = section(2, [4,
    ...str('./glue.js'), ...str('__wbg_now_463ac581d2fc7ea3'), 0, 0,
    ...str('env'), ...str('memory'), 2, 1, 1, 2,
    ...str('./glue.js'), ...str('__wbg_remove_8228e91d7ddbc755'), 0, 0,
    ...str('env'), ...str('g'), 3, 0x7f, 0,
  ]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports]);
}

test('one module\'s imports get short names; the others, and the module, stay valid', () => {
  const { wasm, renamed } = shortenImports(tinyModule(), './glue.js');
  assert.deepEqual([...renamed], [['__wbg_now_463ac581d2fc7ea3', 'a'], ['__wbg_remove_8228e91d7ddbc755', 'b']]);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  assert.deepEqual(imports.map((i) => `${i.module} ${i.name} ${i.kind}`), [
    './glue.js a function', 'env memory memory', './glue.js b function', 'env g global',
  ]);
});

test('the glue\'s keys follow, and a glue that names an import otherwise is refused', () => {
  const renamed = new Map([['__wbg_now_463ac581d2fc7ea3', 'a']]);
  assert.equal(renameInGlue('const i = { __wbg_now_463ac581d2fc7ea3: function() { return Date.now(); } };', renamed),
    'const i = { a: function() { return Date.now(); } };');
  assert.throws(() => renameInGlue('const i = {};', renamed), /0 times/);
  assert.throws(() => renameInGlue('x.__wbg_now_463ac581d2fc7ea3(); const i = { __wbg_now_463ac581d2fc7ea3: f };', renamed), /2 times/);
});

test('short names are distinct identifiers', () => {
  const names = Array.from({ length: 600 }, (_, i) => shortName(i));
  assert.equal(new Set(names).size, names.length);
  for (const n of names) assert.match(n, /^[A-Za-z][A-Za-z0-9]?$/);
});

test('the built page: every import from the glue has a short name the glue defines', () => {
  const assets = join(ROOT, 'dist', 'assets');
  const wasm = readdirSync(assets).find((f) => /^qbo-check-[0-9a-f]{16}_bg\.wasm$/.test(f));
  const glue = readFileSync(join(assets, readdirSync(assets).find((f) => /^qbo-check-[0-9a-f]{16}\.js$/.test(f))), 'utf8');
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(assets, wasm))))
    .filter((i) => i.module === './qbo-check_bg.js');
  assert.ok(imports.length > 50, `${imports.length} imports`);
  for (const { name } of imports) {
    assert.match(name, /^[A-Za-z][A-Za-z0-9]?$/);
    assert.match(glue, new RegExp(`[{,]${name}:`), `the glue defines ${name}`);
  }
  assert.doesNotMatch(glue, /__wbg_[a-z]+_[0-9a-f]{16}/, 'no long import name is left in the glue');
});
