// The language packs' plurals and month names are the browsers' own `Intl` (docs/
// ARCHITECTURE.md, "Languages and regions"). The packs are compiled in, for the page and for
// the native checker, which has no `Intl`; engine/tests/data/intl-2026-11.json holds what
// `Intl.PluralRules` and `Intl.DateTimeFormat` answer, the engine's tests hold each pack to it,
// and this test holds every engine's `Intl` to it, so a pack that drifts from what a browser
// says fails one or the other. `node tests/e2e/intl.test.mjs --write` writes the file again from
// Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startLab } from './harness.mjs';
import { ENGINES, openEngine } from './engines.mjs';

const FILE = join(ROOT, 'engine', 'tests', 'data', 'intl-2026-11.json');

/** What the browser's `Intl` says, for the counts and the months the page can show: each
 * language's counts (0 to 1000) that take the singular ("one"), whether every other count in
 * that range is "other", and the month and year as the footer writes them. */
function intlAnswers() {
  const languages = { en: 'en-US', 'fr-CA': 'fr-CA' };
  const plural = {};
  const month = {};
  for (const [pack, tag] of Object.entries(languages)) {
    const rules = new Intl.PluralRules(tag);
    const counts = Array.from({ length: 1001 }, (_, n) => n);
    plural[pack] = {
      one: counts.filter((n) => rules.select(n) === 'one'),
      otherwise: [...new Set(counts.filter((n) => rules.select(n) !== 'one').map((n) => rules.select(n)))],
    };
    const format = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    month[pack] = Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2026, m, 15)));
  }
  return { counts: [0, 1000], plural, month };
}

async function answersIn(engine, lab) {
  const page = await openEngine(engine, lab);
  try {
    await page.goto(`${lab.origin}/`);
    return await page.evaluate(intlAnswers);
  } finally {
    await page.close();
  }
}

if (process.argv.includes('--write')) {
  const lab = await startLab({});
  try {
    writeFileSync(FILE, `${JSON.stringify(await answersIn('chromium', lab), null, 1)}\n`);
  } finally {
    lab.stop();
  }
} else {
  const expected = JSON.parse(readFileSync(FILE, 'utf8'));
  test('every engine\'s Intl gives the plurals and month names the language packs give', async () => {
    const lab = await startLab({});
    try {
      for (const engine of ENGINES) {
        assert.deepEqual(await answersIn(engine, lab), expected, engine);
      }
    } finally {
      lab.stop();
    }
  });
}
