// The page in Canadian French, as far as it goes (docs/ARCHITECTURE.md, "Languages and
// regions"): the static first screen, the run button and progress line, the headline, the
// ranked findings, the fix list's titles and frame and the share section, in every engine; the French words are a
// part of their own that an English visit never downloads; the switcher changes them without a
// new run; a link made in English opens in French with the same verdict; the browser facts, the
// handout for IT and the copied summary are French too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, blockUrls, clickFolded, runScenario, startLab, unfold, withPage } from './harness.mjs';
import { ENGINES, openEngine, onceMoreIfWebKitCrashed, readResult, waitFor, waitForRun } from './engines.mjs';
import { englishIn } from './english.mjs';

/** The French the page shows: the headline, the ranked findings (each title, tag and
 * explanation), the fix titles and their steps, the host list, Intuit's status, the folds' lines
 * and the footer, less what is marked as English (the evidence
 * list, a quoted incident) or as no language (an address to copy). With what `lang` each part
 * carries. */
function frenchParts() {
  const text = (el) => {
    const copy = el.cloneNode(true);
    for (const english of copy.querySelectorAll('[lang="en"], [lang="zxx"]')) english.remove();
    return copy.textContent.trim();
  };
  const verdict = document.querySelector('[data-verdict]');
  const findings = document.querySelector('ol.findings');
  const titles = [...document.querySelectorAll('[data-step] strong')];
  // The rest of what is French: the static screen, the run button, the progress line (or a
  // shared report's banner), the fix list's heading, selector, warnings and folds.
  const frame = ['.masthead h1', '.masthead .lede', 'aside.help h2', '[data-action="run"]', '#progress, .shared-banner',
    '#fixes-title', '.selector-fold summary', '.selector label > span', '.checklist .warning', '.how summary', '.how ol.steps',
    '[data-action="copy-text"]', '[data-action="run-again"]',
    '.endpoints summary', '.endpoints h3', '.endpoints .result', '.endpoints .why', '.status-panel summary',
    '[data-status-headline]', '.status-panel figcaption', '.status-panel a', '.browser-panel summary h2',
    '.lookups summary', '[data-action="open-lookups"]', '.lookups .open-report', '.footer p',
    '#share-title', '.share .share-label', '[data-action="copy-link"]', '.share .fine', '.more-share summary', '[data-action="download-json"]']
    .flatMap((s) => [...document.querySelectorAll(s)]);
  // Everything the page says in French by its marks: each text node (folded or not) and each
  // name for screen readers whose nearest `lang` is French, `<html lang>` included.
  const french = (el) => el?.closest('[lang]')?.getAttribute('lang') === 'fr-CA';
  const marked = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (text && !node.parentElement.closest('script, style, noscript, template') && french(node.parentElement)) marked.push(text);
  }
  for (const el of document.querySelectorAll('[aria-label], [title]')) {
    if (french(el)) marked.push(...['aria-label', 'title'].map((a) => el.getAttribute(a)).filter(Boolean));
  }
  return {
    html: document.documentElement.lang,
    marked,
    verdictLang: verdict?.getAttribute('lang'),
    findingsLang: findings?.getAttribute('lang'),
    titleLangs: titles.map((t) => t.getAttribute('lang')),
    summaryLang: document.querySelector('.findings-fold summary')?.getAttribute('lang'),
    frameLangs: frame.map((el) => `${el.tagName}.${el.className || el.id}:${el.closest('[lang]')?.getAttribute('lang')}`),
    texts: [verdict, findings, document.querySelector('.findings-fold summary'), ...titles, ...frame].filter(Boolean).map(text),
  };
}

function assertFrench(parts, what) {
  // The page is French, and what it still says in English is marked so.
  assert.equal(parts.html, 'fr-CA', what);
  assert.ok(parts.marked.length > 40, `${what}: ${parts.marked.length} French texts`);
  const english = parts.marked.filter((text) => englishIn(text).length > 0);
  assert.deepEqual(english, [], `${what}: English marked as French`);
  assert.equal(parts.verdictLang, 'fr-CA', what);
  assert.equal(parts.findingsLang, 'fr-CA', what);
  assert.equal(parts.summaryLang, 'fr-CA', what);
  assert.ok(parts.titleLangs.length >= 1 && parts.titleLangs.every((l) => l === 'fr-CA'), `${what}: ${parts.titleLangs}`);
  assert.ok(parts.frameLangs.length >= 8, `${what}: ${parts.frameLangs}`);
  for (const lang of parts.frameLangs) assert.match(lang, /:fr-CA$/, what);
  for (const text of parts.texts) {
    assert.ok(text.length > 0, what);
    assert.deepEqual(englishIn(text), [], `${what}: English in « ${text} »`);
  }
}

// A fault every engine sees alike: the proxy refuses *.intuitcdn.net.
const PARTIAL = { proxy: { hosts: { '*.intuitcdn.net': 'forbid' } } };

for (const engine of ENGINES) {
  test(`${engine}: ?lang=fr-CA draws the verdict, the findings and the fix titles in French`, async () => {
    const lab = await startLab(PARTIAL);
    try {
      const english = await runIn(engine, lab, '/?run');
      const french = await runIn(engine, lab, '/?run&lang=fr-CA', async (page) => {
        await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
        await page.screenshot(join(ROOT, 'test-output', 'engines', `french-${engine}.png`));
      });
      assert.equal(french.verdict, 'partial-block', french.headline);
      assert.equal(french.verdict, english.verdict, 'the same verdict in both languages');
      assert.deepEqual(french.causes, english.causes);
      assert.deepEqual(french.steps, english.steps);
      assertFrench(french.parts, engine);
      assert.notEqual(french.headline, english.headline);
      assert.match(french.headline, /réseau/, french.headline);
    } finally {
      lab.stop();
    }
  });
}

/** Runs at `path` in `engine`, waits for the French (or English) words to settle, and reads
 * the result and its French parts. */
async function runIn(engine, lab, path, inspect) {
  return onceMoreIfWebKitCrashed(engine, path, async () => {
    const page = await openEngine(engine, lab, { viewport: { width: 375, height: 800 } });
    try {
      await page.goto(lab.origin + path);
      await waitForRun(page, lab);
      const french = path.includes('fr-CA');
      // The words' part may arrive after the result; the step titles after the follow-up part.
      await waitFor(page, (fr) => {
        const titles = [...document.querySelectorAll('[data-step] strong')];
        return document.querySelector('ol.findings') && titles.length > 0
          && titles.every((t) => (t.getAttribute('lang') === 'fr-CA') === fr)
          && (document.querySelector('[data-verdict]')?.getAttribute('lang') === 'fr-CA') === fr;
      }, french, { what: french ? 'the French words' : 'the English words' });
      const result = await readResult(page);
      result.parts = await page.evaluate(frenchParts);
      if (inspect) await inspect(page, result);
      return result;
    } finally {
      await page.close();
    }
  });
}

test('an English visit downloads no French; the switcher changes the words without a new run, and back', async () => {
  const requested = [];
  await runScenario(PARTIAL, {
    contextOptions: { locale: 'en-CA' },
    prepare: (page) => page.on('request', (r) => requested.push(r.url())),
    inspect: async (page) => {
      await page.waitForSelector('ol.findings', { state: 'attached' });
      const verdict = await page.getAttribute('[data-verdict]', 'data-verdict');
      const english = await page.textContent('[data-verdict] h2');
      assert.equal(await page.getAttribute('[data-verdict]', 'lang'), null);
      assert.deepEqual(requested.filter((u) => /langfr|words-fr-ca/.test(u)), [], 'an English run fetched the French words');

      await page.selectOption('[data-action="language"]', 'fr-CA');
      await page.waitForSelector('.masthead h1[lang="fr-CA"]', { state: 'attached' });
      await page.waitForSelector('[data-verdict][lang="fr-CA"]', { state: 'attached' });
      await page.waitForSelector('ol.findings[lang="fr-CA"]', { state: 'attached' });
      assert.ok(requested.some((u) => /qbo-check-langfr-[0-9a-f]{16}_bg\.wasm$/.test(u)), 'the French words were fetched');
      assert.equal(await page.getAttribute('[data-run-state]', 'data-run-state'), 'done', 'no new run');
      assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), verdict);
      assertFrench(await page.evaluate(frenchParts), 'after the switch');
      assert.equal(await page.getAttribute('#help-region-note', 'lang'), 'fr-CA');

      await page.selectOption('[data-action="language"]', 'en-CA');
      await page.waitForSelector('ol.findings:not([lang])', { state: 'attached' });
      await page.waitForSelector('[data-verdict]:not([lang])', { state: 'attached' });
      assert.equal(await page.textContent('[data-verdict] h2'), english);
      // Everything French went back to English, the static screen too.
      assert.deepEqual(await page.$$eval('[lang="fr-CA"]', (els) => els.filter((el) => el.tagName !== 'OPTION').map((el) => el.outerHTML.slice(0, 80))), []);
      assert.equal(await page.textContent('.masthead h1'), 'Can this browser reach QuickBooks Online?');
      assert.equal(await page.title(), 'qbo-check: can this browser reach QuickBooks Online?');
      assert.equal(await page.getAttribute('aside.help', 'aria-label'), 'Getting help safely');
      assert.equal(await page.getAttribute('#help-region', 'aria-label'), 'Your region, for Intuit\'s help');
      assert.equal(await page.getAttribute('#help-region-note', 'lang'), null);
      assert.match(await page.textContent('#help-region-note'), /English/);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
    },
  });
});

test('a link made in English opens in French with the same verdict', async () => {
  let link;
  let verdict;
  await runScenario(PARTIAL, {
    contextOptions: { locale: 'en-US' },
    inspect: async (page) => {
      verdict = await page.getAttribute('[data-verdict]', 'data-verdict');
      await page.evaluate(() => {
        window.__copied = null;
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => { window.__copied = t; } }, configurable: true });
      });
      await clickFolded(page, '[data-action="copy-link"]');
      link = await page.waitForFunction(() => window.__copied).then((h) => h.jsonValue());
    },
  });
  assert.match(link ?? '', /#r2\./);
  await runScenario(PARTIAL, {
    path: `/?lang=fr-CA${link.slice(link.indexOf('#'))}`,
    inspect: async (page) => {
      await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]', { state: 'attached' });
      await page.waitForSelector('[data-verdict][lang="fr-CA"]', { state: 'attached' });
      await page.waitForSelector('ol.findings[lang="fr-CA"]', { state: 'attached' });
      assert.equal(await page.getAttribute('[data-verdict]', 'data-verdict'), verdict);
      assertFrench(await page.evaluate(frenchParts), 'a shared report');
    },
  });
});

test('when the app cannot start, the fallback steps are in French too, and keep the warning about fake support numbers', async () => {
  await withPage({}, async (page, lab) => {
    // The app's script is refused, as a blocker would: the loader shows the fallback.
    await page.route('**/assets/qbo-check-*.js', (route) => route.abort());
    await page.goto(`${lab.origin}/?lang=fr-CA`);
    await page.waitForSelector('#fallback:not([hidden])');
    await page.waitForSelector('#fallback strong[lang="fr-CA"]');
    const fallback = await page.textContent('#fallback');
    // Each node got its own words (the loader finds them by position in www/index.html).
    const items = await page.$$eval('#fallback li', (lis) => lis.map((li) => li.textContent));
    assert.equal(items.length, 4);
    assert.match(items[0], /^Ouvrez QuickBooks dans une fenêtre privée/);
    assert.match(items[1], /^Effacez les données/);
    assert.match(items[2], /^Mettez à jour le navigateur/);
    assert.match(items[3], /^Consultez la page d’état d’Intuit\u00a0: status\.quickbooks\.intuit\.com\.$/);
    assert.equal(await page.textContent('#fallback p:last-child a'), 'Soutien QuickBooks');
    assert.match(await page.textContent('aside.help p'), /^Les faux numéros[^]*Aide fiable[^]*Soutien QuickBooks pour\s*United States/);
    assert.equal(await page.getAttribute('aside.help', 'aria-label'), 'Obtenir de l’aide en toute sécurité');
    assert.match(fallback, /La vérification n’a pas pu démarrer/);
    assert.match(fallback, /faux numéros de téléphone/);
    assert.equal(await page.getAttribute('#fallback strong', 'lang'), 'fr-CA');
    assert.match(await page.title(), /QuickBooks en ligne/);
    // No app: the static screen is what is shown, and it is French; the reason the loader
    // gives is English, and marked so.
    assert.equal(await page.getAttribute('html', 'lang'), 'fr-CA');
    const { marked } = await page.evaluate(frenchParts);
    assert.deepEqual(marked.filter((text) => englishIn(text).length > 0), []);
    assert.equal(await page.$eval('#fallback-reason', (el) => el.closest('[lang]').getAttribute('lang')), 'en');
  });
});

test('the report file of a French visit words its findings in French, says so, and keeps the same ids', async () => {
  const reports = {};
  for (const [lang, path] of [['en', '/?run'], ['fr-CA', '/?run&lang=fr-CA']]) {
    await runScenario(PARTIAL, {
      path,
      inspect: async (page) => {
        await page.waitForSelector('ol.findings', { state: 'attached' });
        if (lang === 'fr-CA') await page.waitForSelector('ol.findings[lang="fr-CA"]', { state: 'attached' });
        const [download] = await Promise.all([page.waitForEvent('download'), clickFolded(page, '[data-action="download-json"]')]);
        reports[lang] = JSON.parse(readFileSync(await download.path(), 'utf8'));
        reports[lang].shownTitle = await page.textContent('ol.findings li strong');
      },
    });
  }
  const { en, 'fr-CA': fr } = reports;
  assert.equal(en.lang, 'en');
  assert.equal(fr.lang, 'fr-CA');
  assert.equal(fr.findings[0].title, fr.shownTitle, 'the title the page showed');
  assert.notEqual(fr.findings[0].title, en.findings[0].title);
  assert.deepEqual(englishIn(fr.findings.map((f) => `${f.title} ${f.detail}`).join(' ')), []);
  assert.ok(fr.findings.every((f) => typeof f.message?.id === 'string'), 'each finding carries its message');
  const ids = (report) => report.findings.map((f) => JSON.stringify([f.cause, f.confidence, f.fault, f.message]));
  assert.deepEqual(ids(fr), ids(en));
  assert.deepEqual(fr.checklist, en.checklist);
});

// Every kind of verdict, in French: what the page marks as French holds no English sentence,
// whatever the result drew (an outage's incident from Intuit, a slow network, a block, all
// clear with a retired test file's note).
const VERDICTS = [
  ['all-clear', {}],
  ['intuit-outage', { status_page: { indicator: 'major' } }],
  ['intuit-outage', { default: { kind: 'status', code: 502 } }],
  ['network-block', { default: { kind: 'refuse' } }],
  ['slow-network', { default: { kind: 'ok', delay_ms: 3500 } }],
];
for (const [verdict, scenario] of VERDICTS) {
  test(`${verdict} (${JSON.stringify(scenario)}) in French: nothing marked French is English`, async () => {
    await runScenario(scenario, {
      path: '/?run&lang=fr-CA',
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
      inspect: async (page, result) => {
        assert.equal(result.verdict, verdict);
        await page.waitForSelector('ol.findings[lang="fr-CA"]', { state: 'attached' });
        await page.waitForSelector('[data-step] strong[lang="fr-CA"]', { state: 'attached' });
        assertFrench(await page.evaluate(frenchParts), verdict);
        // The summary a visitor copies is in French too: every word but the data (host names,
        // the help-desk code).
        await clickFolded(page, '[data-action="copy-summary"]');
        await page.waitForFunction(() => document.querySelector('.copy:has([data-action="copy-summary"]) .copy-feedback')?.textContent.trim());
        const summary = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(summary, /^Vérification de QuickBooks en ligne/, summary);
        // A host name has a dot inside it once its punctuation is off; the code is data too.
        const prose = summary.split(/\s+/).map((w) => w.replace(/[.,;)]+$/, ''))
          .filter((w) => !w.includes('.') && !w.startsWith('QBC')).join(' ');
        assert.deepEqual(englishIn(prose), [], summary);
      },
    });
  });
}

test('the history in French: what changed between two runs, in French and marked so', async () => {
  await runScenario({}, {
    path: '/?run&lang=fr-CA',
    prepare: async (page) => {
      page.__unblock = await blockUrls(page, ['*connect.intuit.com*']);
    },
    inspect: async (page) => {
      await page.waitForSelector('ol.findings[lang="fr-CA"]', { state: 'attached' });
      await page.__unblock();
      await page.click('[data-action="run"]');
      await page.waitForSelector('[data-run-state="done"] [data-endpoint="payments-connect"][data-outcome="ok"]', { state: 'attached' });
      await page.waitForSelector('.history[lang="fr-CA"] [data-change]', { state: 'attached' });
      const changes = await page.$$eval('[data-change]', (els) => els.map((e) => e.textContent));
      assert.ok(changes.includes('Paiements et liens de factures\u00a0: Injoignable → Joignable'), JSON.stringify(changes));
      assertFrench(await page.evaluate(frenchParts), 'two runs');
      await page.click('[data-action="forget-history"]');
      assert.match(await page.textContent('.history'), /Aucun historique n’est conservé/);
    },
  });
});

test('when the French words cannot come, the page says it is English, and the static screen stays French and marked', async () => {
  await runScenario(PARTIAL, {
    path: '/?run&lang=fr-CA',
    prepare: (page) => page.route('**/*langfr*', (route) => route.abort()),
    inspect: async (page) => {
      await page.waitForSelector('ol.findings', { state: 'attached' });
      await page.waitForSelector('.masthead h1[lang="fr-CA"]', { state: 'attached' });
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getAttribute('[data-verdict]', 'lang'), null, 'the verdict is English');
      const { marked } = await page.evaluate(frenchParts);
      assert.ok(marked.length > 5, marked.join(' | '));
      assert.deepEqual(marked.filter((text) => englishIn(text).length > 0), []);
    },
  });
});

test('the lookups in French: their words come only when a French visit opens them, and nothing marked French is English', async () => {
  const requested = [];
  await runScenario(PARTIAL, {
    path: '/?run&lang=fr-CA',
    prepare: (page) => page.on('request', (r) => requested.push(r.url())),
    inspect: async (page) => {
      await page.waitForSelector('ol.findings[lang="fr-CA"]', { state: 'attached' });
      await page.waitForLoadState('networkidle');
      assert.deepEqual(requested.filter((u) => /lookupsfr/.test(u)), [], 'a French run fetched the lookups\' words');
      const code = await page.getAttribute('.help-code', 'data-code');
      // Fetched on intent: a pointer over the lookups' button, before its click.
      await unfold(page, '[data-action="open-lookups"]');
      const onIntent = page.waitForRequest(/qbo-check-lookupsfr-[0-9a-f]{16}_bg\.wasm$/);
      await page.hover('[data-action="open-lookups"]');
      await onIntent;
      await clickFolded(page, '[data-action="open-lookups"]');
      await page.waitForSelector('.lookup[lang="fr-CA"] #error-code', { state: 'attached' });
      assert.ok(requested.some((u) => /qbo-check-lookupsfr-[0-9a-f]{16}_bg\.wasm$/.test(u)), 'the lookups\' French words were fetched');
      await page.fill('#error-code', '12007');
      await page.waitForSelector('.lookup-result[data-code="12007"]');
      assert.match(await page.textContent('.lookup-result'), /n’a pas pu être résolu/);
      await page.fill('#help-code', code);
      await page.click('[data-action="expand-code"]');
      const lines = await page.$$eval('.code-facts li', (els) => els.map((e) => e.textContent));
      assert.ok(lines.some((l) => l.startsWith('Cause principale\u00a0: ')), lines.join(' | '));
      assertFrench(await page.evaluate(frenchParts), 'the lookups, a code read');
      await page.fill('#error-code', '15106');
      assert.match(await page.textContent('.lookup-result'), /ne connaît pas ce code/);
      assertFrench(await page.evaluate(frenchParts), 'the lookups, an unknown code');
      // Back to English: the lookups follow.
      await page.selectOption('[data-action="language"]', 'en-CA');
      await page.waitForSelector('.lookup:not([lang]) #error-code', { state: 'attached' });
      assert.match(await page.textContent('.lookup-result'), /does not know that code/);
      // The code read in French is worded again in English.
      assert.equal(await page.getAttribute('.code-lookup', 'lang'), null);
      const english = await page.$$eval('.code-facts li', (els) => els.map((e) => e.textContent));
      assert.ok(english[0].startsWith('Top cause: '), english.join(' | '));
    },
  });
});

test('when the lookups\' French words cannot come, the lookups work in English and say so', async () => {
  await runScenario(PARTIAL, {
    path: '/?run&lang=fr-CA',
    prepare: (page) => page.route('**/*lookupsfr*', (route) => route.abort()),
    inspect: async (page) => {
      await page.waitForSelector('ol.findings[lang="fr-CA"]', { state: 'attached' });
      await clickFolded(page, '[data-action="open-lookups"]');
      await page.waitForSelector('.lookup[lang="en"] #error-code', { state: 'attached' });
      await page.fill('#error-code', '502');
      await page.waitForSelector('.lookup-result[data-code="502"]');
      assert.match(await page.textContent('.lookup-result'), /Usually points to/);
      assert.equal(await page.getAttribute('.code-lookup', 'lang'), 'en');
      // The rest of the page stays French, and nothing English is marked French.
      assertFrench(await page.evaluate(frenchParts), 'the lookups\' words refused');
    },
  });
});

/** The alert `selector` once it is drawn in French: its text, which must hold no English. */
async function frenchAlert(page, selector, what) {
  const alert = await page.waitForSelector(selector, { timeout: 15_000 });
  await page.waitForFunction((el) => el.closest('[lang]')?.getAttribute('lang') === 'fr-CA', alert, { timeout: 15_000 });
  const text = await alert.textContent();
  assert.deepEqual(englishIn(text), [], `${what}: « ${text} »`);
  return text;
}

test('the notices in French: a damaged link, refused ticket tags, a refused file and code, a check that cannot start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qbo-notices-'));
  try {
    await withPage({}, async (page, lab) => {
      await page.goto(`${lab.origin}/?lang=fr-CA#r2.@@`);
      assert.match(await frenchAlert(page, '.notice[role="alert"]', 'a damaged link'), /endommagé/);

      await page.goto(`${lab.origin}/?lang=fr-CA&ticket=%3Cb%3E`);
      assert.match(await frenchAlert(page, '.notice[role="alert"]', 'a refused ticket tag'), /numéro de billet de cette adresse/);

      // A link whose ticket tag was edited to break the rule: its result opens in French, and
      // says the tag was left out.
      await page.goto(`${lab.origin}/?ticket=HD-1234&run`);
      await page.waitForSelector('[data-run-state="done"]', { timeout: 30_000 });
      const fragment = await page.evaluate(async () => {
        let copied;
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text) => { copied = text; } }, configurable: true });
        const button = document.querySelector('[data-action="copy-link"]');
        button.closest('details')?.setAttribute('open', '');
        button.click();
        for (let i = 0; i < 50 && !copied; i++) await new Promise((r) => setTimeout(r, 50));
        const payload = copied.split('#r2.')[1];
        const bytes = [...atob(payload.replaceAll('-', '+').replaceAll('_', '/'))].map((c) => c.charCodeAt(0));
        const at = bytes.findIndex((_, i) => String.fromCharCode(...bytes.slice(i, i + 7)) === 'HD-1234');
        bytes[at + 2] = '_'.charCodeAt(0);
        return `r2.${btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
      });
      await page.goto(`${lab.origin}/?lang=fr-CA#${fragment}`);
      await page.waitForSelector('[data-view="shared-report"][data-run-state="done"]');
      assert.match(await frenchAlert(page, '.notice[role="alert"]', 'a ticket tag left out'), /Le numéro de billet de ce lien/);
      assert.equal(await page.$('[data-ticket]'), null, 'the refused tag is not shown');

      // A file that is not a report, refused on an English page: it stays English, and marked
      // so, when the visitor switches to French.
      const file = join(dir, 'not-a-report.json');
      writeFileSync(file, '[1, 2, 3]');
      await page.goto(`${lab.origin}/?lang=en-CA`);
      await page.waitForSelector('[data-action="run"]');
      await unfold(page, '[data-action="open-report"]');
      await page.setInputFiles('[data-action="open-report"]', file);
      await page.waitForSelector('.notice[role="alert"]', { timeout: 15_000 });
      assert.match(await page.textContent('.notice[role="alert"]'), /not a qbo-check report/);
      await page.selectOption('[data-action="language"]', 'fr-CA');
      await page.waitForSelector('[data-action="run"][lang="fr-CA"]');
      assert.equal(await page.$eval('.notice[role="alert"]', (el) => el.closest('[lang]').getAttribute('lang')), 'en');

      // The same file once the page's French has come: the extras word it in French.
      await page.goto(`${lab.origin}/?lang=fr-CA`);
      await page.waitForSelector('[data-action="run"][lang="fr-CA"]');
      await unfold(page, '[data-action="open-report"]');
      await page.setInputFiles('[data-action="open-report"]', file);
      assert.match(await frenchAlert(page, '.notice[role="alert"]', 'a refused file'), /n’est pas un rapport de qbo-check/);

      // A help-desk code with a letter no code uses, said in the lookups' French, then again in
      // English when the visitor switches.
      await clickFolded(page, '[data-action="open-lookups"]');
      await page.waitForSelector('.lookup[lang="fr-CA"] #error-code', { state: 'attached' });
      await page.fill('#help-code', 'QBC2-UUUU-UUUU-UUUUU');
      await page.click('[data-action="expand-code"]');
      assert.match(await frenchAlert(page, '.code-lookup [role="alert"]', 'a refused code'), /lettre/);
      await page.selectOption('[data-action="language"]', 'en-CA');
      await page.waitForFunction(() => /letter that qbo-check codes never use/.test(document.querySelector('.code-lookup [role="alert"]')?.textContent));

      // The probes' part blocked: the check cannot start, and says so in French.
      await blockUrls(page, ['*qbo-check-probes-*']);
      await page.goto(`${lab.origin}/?lang=fr-CA`);
      await page.waitForSelector('[data-action="run"][lang="fr-CA"]');
      await page.click('[data-action="run"]');
      assert.match(await frenchAlert(page, '.notice[role="alert"]', 'probes missing'), /n’a pas pu démarrer/);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
