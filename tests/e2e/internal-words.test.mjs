// Users read only user text: no internal provenance notes or file names of the repository in
// anything the page ships or shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runScenario } from './harness.mjs';

const INTERNAL = /UNCONFIRMED|FACTS\.md|DESIGN\.md|STYLE\.md|SOURCES\.md|ARCHITECTURE\.md|\bTODO\b|\bFIXME\b|\.\.\/shared/;

test('no internal words in the built files', () => {
  const dist = join(ROOT, 'dist');
  const files = [...readdirSync(dist), ...readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`)]
    .filter((f) => /\.(wasm|js|html|css|txt|json)$/.test(f) || f === '_headers');
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'the wasm files are scanned');
  for (const file of files) {
    const text = readFileSync(join(dist, file)).toString('latin1');
    const found = text.match(INTERNAL);
    assert.equal(found, null, `${file} contains "${found?.[0]}"`);
  }
});

test('no internal words on a finished page, with every section opened', async () => {
  await runScenario({ hosts: { 'connect.intuit.com': { kind: 'refuse' } }, status_page: { indicator: 'minor' } }, {
    inspect: async (page) => {
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const text = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(text, INTERNAL);
    },
  });
});
