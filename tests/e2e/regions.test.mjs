// Intuit's help for the visitor's region: `?lang=` first, then the browser's languages, then US
// English (www/loader.js, docs/SOURCES.md). Every help link on the page, the static ones and
// the app's, goes to the same regional help site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickFolded, runScenario } from './harness.mjs';

/** Every link to Intuit's help on the page, with an unknown code looked up so the lookup's
 * link is drawn too (the lookups are opened first, as a person would). */
async function helpLinks(page) {
  await clickFolded(page, '[data-action="open-lookups"]');
  await page.waitForSelector('#error-code');
  await page.fill('#error-code', 'no such code');
  await page.waitForSelector('.lookup-result a[href*="learn-support"]');
  return {
    locale: await page.getAttribute('html', 'data-help-locale'),
    links: await page.$$eval('a[href*="learn-support"]', (as) => as.map((a) => a.href)),
  };
}

const CASES = [
  ['no ?lang, an en-US browser', '/?run', 'en-US', 'en-us'],
  ['?lang=en-GB', '/?run&lang=en-GB', 'en-US', 'en-uk'],
  ['?lang=en-AU', '/?lang=en-AU&run', 'en-US', 'en-au'],
  ['a Canadian French browser', '/?run', 'fr-CA', 'fr-ca'],
  ['a Canadian English browser', '/?run', 'en-CA', 'en-ca'],
  ['?lang wins over the browser', '/?run&lang=en-CA', 'fr-CA', 'en-ca'],
  ['an unknown ?lang falls back to the browser', '/?run&lang=xx-YY', 'en-GB', 'en-uk'],
  ['a hostile ?lang is ignored', '/?run&lang=%3Cscript%3E', 'de-DE', 'en-us'],
  ['an inherited name is not a locale', '/?run&lang=__proto__', 'en-GB', 'en-uk'],
];

for (const [name, path, locale, expected] of CASES) {
  test(`help links by region: ${name} → ${expected}`, async () => {
    await runScenario({}, {
      path,
      contextOptions: { locale },
      inspect: async (page) => {
        const { locale: chosen, links } = await helpLinks(page);
        assert.equal(chosen, expected);
        // The aside's, and the lookup's "QuickBooks Support".
        assert.ok(links.length >= 2, JSON.stringify(links));
        for (const link of links) assert.equal(link, `https://quickbooks.intuit.com/learn-support/${expected}/`);
      },
    });
  });
}
