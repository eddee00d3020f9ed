// Watch mode against the lab: hosts that flip between answering and failing from one round to
// the next (the lab's `rounds` behaviour), a device that goes offline between rounds (Chromium's
// own offline mode), a steady lab, stopping, `?watch=N` checking, and a shared watch. Rounds are
// 10 s apart, the shortest the page allows, so each test takes tens of seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickFolded, runScenario, unfold, withPage } from './harness.mjs';
import { englishIn } from './english.mjs';

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const ROUND_TIMEOUT = 30_000;

/** Waits until the watch region reports at least `n` completed rounds. */
async function roundsAtLeast(page, n) {
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-watch-rounds]')?.getAttribute('data-watch-rounds')) >= n,
    n,
    { timeout: ROUND_TIMEOUT * n },
  );
}

async function watchRegion(page) {
  return page.evaluate(() => {
    const region = document.querySelector('[data-watch-state]');
    return {
      state: region?.getAttribute('data-watch-state'),
      rounds: Number(region?.getAttribute('data-watch-rounds')),
      verdict: region?.getAttribute('data-watch-verdict'),
      text: region?.textContent ?? '',
      failed: Object.fromEntries([...document.querySelectorAll('[data-watch-endpoint]')]
        .map((el) => [el.getAttribute('data-watch-endpoint'), Number(el.getAttribute('data-failed-rounds'))])),
      control: Number(document.querySelector('[data-watch-control]')?.getAttribute('data-failed-rounds')),
    };
  });
}

/** The watch panel's texts marked French, less each host's address (a name, in no language),
 * and the panel's language. */
const frenchWatchTexts = (page) => page.evaluate(() => {
  const region = document.querySelector('.watch');
  const texts = [];
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const address = node.parentElement.matches('[data-watch-endpoint] th') && !node.previousSibling;
    if (node.textContent.trim() && !address && node.parentElement.closest('[lang]')?.getAttribute('lang') === 'fr-CA') {
      texts.push(node.textContent.trim());
    }
  }
  return { texts, lang: region.closest('[lang]').getAttribute('lang') };
});

const labRequests = async (lab) => (await (await fetch(`${lab.origin}/__lab/stats`)).json()).requests;

test('a steady lab gives steady; stopping stops the requests', async () => {
  let seen;
  let after;
  const r = await runScenario({}, {
    path: '/?watch=10',
    inspect: async (page, result) => {
      await roundsAtLeast(page, 1);
      const check = await labRequests(result.lab);
      // Count what the timeline changes in the DOM while rounds 2 and 3 arrive.
      await page.evaluate(() => {
        window.__timeline = { added: 0, removed: 0, changed: 0 };
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes' && r.target.tagName === 'rect') window.__timeline.changed += 1;
            for (const n of r.addedNodes) if (n.tagName === 'rect') window.__timeline.added += 1;
            for (const n of r.removedNodes) if (n.tagName === 'rect') window.__timeline.removed += 1;
          }
        }).observe(document.querySelector('.watch'), { subtree: true, childList: true, attributes: true });
      });
      await roundsAtLeast(page, 3);
      seen = await watchRegion(page);
      seen.timeline = await page.evaluate(() => window.__timeline);
      seen.perRound = ((await labRequests(result.lab)) - check) / (seen.rounds - 1);
      seen.check = check;
      await page.click('[data-action="stop-watch"]');
      await page.waitForSelector('[data-watch-state="stopped"]');
      // A round already under way may still finish; after that, nothing more is asked.
      await page.waitForTimeout(9_000);
      const atStop = await labRequests(result.lab);
      await page.waitForTimeout(12_000);
      after = { atStop, later: await labRequests(result.lab), region: await watchRegion(page) };
    },
  });
  assert.equal(r.verdict, 'all-clear', 'the first round is drawn as the normal check');
  assert.equal(seen.state, 'watching');
  assert.equal(seen.verdict, 'steady');
  assert.equal(Object.keys(seen.failed).length, 12, 'one row per catalogue host');
  assert.ok(Object.values(seen.failed).every((n) => n === 0), JSON.stringify(seen.failed));
  assert.ok(seen.perRound <= seen.check, `a round asks no more than a check: ${seen.perRound} per round, ${seen.check} for the check`);
  // Rounds 2 and 3 fit the first 5-minute axis: each adds one mark per lane and moves none.
  assert.deepEqual(seen.timeline, { added: 7 * (seen.rounds - 1), removed: 0, changed: 0 });
  assert.equal(after.later, after.atStop, 'no request after the watch stopped');
  assert.equal(after.region.state, 'stopped');
  assert.match(after.region.text, /Stopped after \d+ rounds/);
});

test('one host dropping every other round gives host-drops, naming its group; its link opens read-only', async () => {
  let seen;
  let link;
  const r = await runScenario({
    hosts: { 'connect.intuit.com': { kind: 'rounds', pattern: 'ud', down: { kind: 'hang' } } },
  }, {
    path: '/?watch=10',
    contextOptions: CLIPBOARD,
    inspect: async (page) => {
      await roundsAtLeast(page, 3);
      seen = await watchRegion(page);
      await page.click('[data-action="stop-watch"]');
      await page.click('[data-action="copy-link"]');
      await page.waitForSelector('.copy:has([data-action="copy-link"]) .copy-feedback:has-text("Copied")');
      link = await page.evaluate(() => navigator.clipboard.readText());
    },
  });
  assert.equal(r.verdict, 'all-clear', 'round 1 answered');
  assert.equal(seen.verdict, 'host-drops');
  assert.ok(seen.failed['payments-connect'] >= 1, JSON.stringify(seen.failed));
  for (const [id, n] of Object.entries(seen.failed)) {
    if (id !== 'payments-connect') assert.equal(n, 0, id);
  }
  assert.equal(seen.control, 0);
  assert.match(seen.text, /Dropped: Payments and invoice links \(1 of 1 host\)/);
  assert.ok(link.length < 2000, `${link.length} characters`);

  await withPage({}, async (page, lab) => {
    await page.goto(lab.origin + '/' + link.slice(link.indexOf('#')));
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    await page.waitForSelector('[data-watch-verdict]');
    const shared = await watchRegion(page);
    assert.equal(shared.verdict, 'host-drops');
    assert.equal(shared.state, 'stopped');
    assert.equal(shared.failed['payments-connect'], seen.failed['payments-connect']);
    assert.equal(await page.locator('[data-action="watch"]').count(), 0, 'a shared watch is read-only');

    // The same link in French: the same reading, and the panel's words all French.
    await page.goto(lab.origin + '/?lang=fr-CA' + link.slice(link.indexOf('#')));
    await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
    await page.waitForSelector('.watch[lang="fr-CA"] .watch-verdict', { state: 'attached' });
    const french = await watchRegion(page);
    assert.equal(french.verdict, 'host-drops');
    assert.deepEqual(french.failed, shared.failed);
    const marked = await frenchWatchTexts(page);
    assert.equal(marked.lang, 'fr-CA');
    assert.ok(marked.texts.length > 20, `${marked.texts.length} texts`);
    assert.deepEqual(marked.texts.filter((t) => englishIn(t).length > 0), [], 'English in the French watch panel');
    assert.ok(marked.texts.some((t) => t.startsWith('Parties qui ont décroché') && t.includes('Paiements')), marked.texts.join(' | '));
  });
});

test('every host and the control dropping together gives connection-drops', async () => {
  let seen;
  await runScenario({}, {
    path: '/?watch=10',
    inspect: async (page) => {
      await roundsAtLeast(page, 1);
      // The device loses its network between rounds 1 and 2, and gets it back after round 2.
      await page.context().setOffline(true);
      await roundsAtLeast(page, 2);
      await page.context().setOffline(false);
      await roundsAtLeast(page, 3);
      seen = await watchRegion(page);
    },
  });
  assert.equal(seen.verdict, 'connection-drops');
  assert.equal(seen.control, 1);
  assert.ok(Object.values(seen.failed).every((n) => n === 1), JSON.stringify(seen.failed));
  assert.match(seen.text, /this device or its network/);
});

test('?watch=N out of range or malformed gets a clear message and the nearest allowed value', async () => {
  for (const [value, seconds] of [['5', '10'], ['9999', '600'], ['abc', '30']]) {
    await runScenario({}, {
      path: `/?watch=${value}`,
      inspect: async (page) => {
        await page.waitForSelector('[data-watch-state="watching"]');
        const alert = await page.textContent('.watch [role="alert"]');
        assert.match(alert, /watch interval in this address/, value);
        assert.ok(!alert.includes(value), `${value} is not repeated back`);
        assert.equal(await page.inputValue('[data-watch-interval]'), seconds, value);
        await page.click('[data-action="stop-watch"]');
      },
    });
  }
});

test('a live watch in French: its notice, controls, progress and tables are French', async () => {
  await runScenario({}, {
    path: '/?lang=fr-CA&watch=5',
    inspect: async (page) => {
      await page.waitForSelector('.watch[lang="fr-CA"] [role="alert"]', { state: 'attached' });
      await roundsAtLeast(page, 1);
      const watching = await frenchWatchTexts(page);
      await page.click('[data-action="stop-watch"]');
      await page.waitForSelector('[data-watch-state="stopped"]');
      const stopped = await frenchWatchTexts(page);
      for (const [what, seen] of [['watching', watching], ['stopped', stopped]]) {
        assert.equal(seen.lang, 'fr-CA', what);
        assert.ok(seen.texts.length > 20, `${what}: ${seen.texts.length} texts`);
        assert.deepEqual(seen.texts.filter((t) => englishIn(t).length > 0), [], `${what}: English in the French watch panel`);
      }
      const has = (seen, start) => assert.ok(seen.texts.some((t) => t.startsWith(start)), `${start}: ${seen.texts.join(' | ')}`);
      has(watching, 'L’intervalle de surveillance de cette adresse est plus court');
      has(watching, 'Surveillance toutes les 10\u00a0secondes');
      has(stopped, 'Surveillance arrêtée après');
    },
  });
});

test('after a check, "Keep watching" starts at once with the chosen interval, and stops', async () => {
  await runScenario({}, {
    inspect: async (page) => {
      await unfold(page, '[data-watch-interval]');
      await page.selectOption('[data-watch-interval]', '10');
      await page.click('[data-action="watch"]');
      await page.waitForSelector('[data-watch-state="watching"]');
      // Round 1 runs now, round 2 ten seconds later.
      await roundsAtLeast(page, 2);
      const seen = await watchRegion(page);
      assert.equal(seen.verdict, 'steady');
      assert.equal(Object.keys(seen.failed).length, 12);
      assert.match(seen.text, /Watching every 10 seconds/);
      await page.click('[data-action="stop-watch"]');
      await page.waitForSelector('[data-watch-state="stopped"]');
      assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'done', 'the check itself stays done');
    },
  });
});
