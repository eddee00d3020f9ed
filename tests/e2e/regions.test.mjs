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

/** The switcher's option for each help locale. */
const SWITCHER_TAGS = { 'en-us': 'en-US', 'en-ca': 'en-CA', 'fr-ca': 'fr-CA', 'en-uk': 'en-GB', 'en-au': 'en-AU' };

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
        // The switcher shows the same choice, as the language tag `?lang=` would take.
        assert.equal(await page.inputValue('[data-action="language"]'), SWITCHER_TAGS[expected]);
      },
    });
  });
}

// The switcher (`data-action="language"`): every help link, the static ones and the app's,
// follows the choice at once, a result stays, and the choice is saved on this device; `?lang=`
// in the address still comes first.
test('the help-region switcher moves every help link, keeps the result, and is remembered', async () => {
  await runScenario({}, {
    contextOptions: { locale: 'en-US' },
    inspect: async (page) => {
      assert.equal(await page.inputValue('[data-action="language"]'), 'en-US');
      const verdict = await page.getAttribute('[data-verdict]', 'data-verdict');
      // The lookups drawn before the change, with their link: the loader moves it.
      assert.equal((await helpLinks(page)).locale, 'en-us');
      await page.selectOption('[data-action="language"]', 'en-AU');
      await page.waitForFunction(() => [...document.querySelectorAll('a[href*="learn-support"]')].every((a) => a.href.endsWith('/en-au/')));
      const locale = await page.getAttribute('html', 'data-help-locale');
      const links = await page.$$eval('a[href*="learn-support"]', (as) => as.map((a) => a.href));
      assert.equal(locale, 'en-au');
      assert.ok(links.length >= 2 && (await page.$('.lookup-result a[href*="learn-support"]')), JSON.stringify(links));
      for (const link of links) assert.equal(link, 'https://quickbooks.intuit.com/learn-support/en-au/');
      // A link the app draws after the change (a known code, then an unknown one again) reads
      // the new region too.
      await page.fill('#error-code', '502');
      await page.waitForSelector('.lookup-result a[href*="learn-support"]', { state: 'detached' });
      await page.fill('#error-code', 'still no such code');
      assert.equal(await page.getAttribute('.lookup-result a[href*="learn-support"]', 'href'), 'https://quickbooks.intuit.com/learn-support/en-au/');
      assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'done', 'the result stays');
      assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), verdict);
      // The page's own text is still English, and says so.
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      // Saved on this device: a later visit without ?lang gets it, before any run.
      await page.goto(new URL('/', page.url()).href);
      await page.waitForSelector('[data-action="run"]');
      assert.equal(await page.getAttribute('html', 'data-help-locale'), 'en-au');
      assert.equal(await page.inputValue('[data-action="language"]'), 'en-AU');
      assert.equal(await page.getAttribute('.help a[href*="learn-support"]', 'href'), 'https://quickbooks.intuit.com/learn-support/en-au/');
      // The address still comes first.
      await page.goto(new URL('/?lang=en-CA', page.url()).href);
      await page.waitForSelector('[data-action="run"]');
      assert.equal(await page.getAttribute('html', 'data-help-locale'), 'en-ca');
      assert.equal(await page.inputValue('[data-action="language"]'), 'en-CA');
    },
  });
});
