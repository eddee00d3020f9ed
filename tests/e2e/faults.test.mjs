// The fault matrix: each lab fault on an image host (quickbooks.intuit.com) and a fetch-only
// host (qbo.intuit.com). Each must give its outcome, finish within the deadline plus 0.5 s,
// and leave the page's memory bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScenario } from './harness.mjs';

const DEADLINE_MS = 8000;
const HEAP_LIMIT = 64 * 1024 * 1024;

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

// [fault, image host outcome, fetch-only host outcome, why]
const MATRIX = [
  ['reset-mid-body', 'server-error', 'ok', 'headers arrived, then the connection broke: the image never completed'],
  ['trickle', 'timeout', 'slow', 'one byte a second: the image misses the deadline; the fetch waits for enough bytes to sniff'],
  ['redirect-loop', 'unreachable', 'unreachable', 'the browser gives up after too many redirects, like a network error'],
  ['redirect-away', 'server-error', 'server-error', 'answered with a redirect to another site (a captive portal or filter)'],
  ['http10-close', 'ok', 'ok', 'an old HTTP/1.0 server that ends the body by closing is fine'],
  ['wrong-host-cert', 'unreachable', 'unreachable', 'a certificate for another name fails like any TLS error'],
];

for (const [kind, imageOutcome, fetchOutcome, why] of MATRIX) {
  test(`${kind}: ${why}`, async () => {
    let heapBytes;
    const r = await runScenario({ hosts: { 'quickbooks.intuit.com': { kind }, 'qbo.intuit.com': { kind } } }, {
      inspect: async (page) => { heapBytes = await heap(page); },
    });
    assert.equal(r.outcomeOf('quickbooks-site'), imageOutcome, 'image host');
    assert.equal(r.outcomeOf('qbo'), fetchOutcome, 'fetch-only host');
    assert.ok(r.runMs <= DEADLINE_MS + 500, `took ${r.runMs} ms`);
    assert.ok(heapBytes < HEAP_LIMIT, `JS heap ${heapBytes}`);
    if (kind === 'redirect-away') {
      assert.ok(['network-block', 'partial-block'].includes(r.verdict), r.verdict);
      assert.ok(!r.causes.includes('cannot-test'), 'a redirect is not a bug in qbo-check');
    }
  });
}

test('a 100 MB body is not downloaded by the reachability probe', async () => {
  let sent;
  const r = await runScenario({ hosts: { 'qbo.intuit.com': { kind: 'huge-body' }, 'connect.intuit.com': { kind: 'huge-body' } } }, {
    inspect: async (page) => {
      sent = (await page.evaluate(async () => (await fetch('/__lab/stats')).json())).huge_body_bytes_sent;
      assert.ok(await heap(page) < HEAP_LIMIT);
    },
  });
  assert.equal(r.outcomeOf('qbo'), 'ok');
  assert.equal(r.outcomeOf('payments-connect'), 'ok');
  // The fetch is aborted when the answer starts; what the network stack had already buffered
  // is all that leaves the lab (measured ~6 MB per host on loopback).
  assert.ok(sent < 32 * 1024 * 1024, `the lab sent ${sent} bytes of 2 x 100 MB`);
});

for (const [body, expected] of [
  ['malformed', /not in the expected format/],
  ['empty', /not in the expected format/],
  ['html', /not in the expected format/],
  ['huge', /far more than a status summary/],
]) {
  test(`a ${body} status page is explained, never an error screen`, async () => {
    let heapBytes;
    const r = await runScenario({ status_page: { body } }, { inspect: async (page) => { heapBytes = await heap(page); } });
    assert.match(r.statusText, expected);
    assert.equal(r.verdict, 'all-clear');
    assert.ok(r.runMs <= DEADLINE_MS + 500);
    assert.ok(heapBytes < HEAP_LIMIT, `JS heap ${heapBytes}`);
  });
}
