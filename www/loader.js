// qbo-check's loader. scripts/finish-build.mjs fills in the names in double braces (the
// hashed files and their Subresource Integrity hashes) and writes it to dist/loader.js. It
// starts the page, or shows the plain steps in #fallback if the page cannot start.
const showFallback = (reason) => {
  const fallback = document.getElementById('fallback');
  if (fallback && !document.querySelector('[data-action="run"]')) {
    fallback.hidden = false;
    const detail = document.getElementById('fallback-reason');
    if (detail && reason) detail.textContent = String(reason);
  }
  document.getElementById('loading')?.remove();
};

// `?run` (alone, with a value, or among other parameters) starts the check on load, and so does
// `?watch` or `?watch=N`, which then keeps watching. This is the only place that reads them:
// the page asks `window.qboCheckRunNow`, and the follow-up module `window.qboCheckWatch` (the
// text after `watch=`, '' for `?watch` alone, null without it) and `window.qboCheckTicket` (a
// help desk's `?ticket=`). The engine checks the texts.
const pairs = location.search.replace(/^\?/, '').split('&');
const watchPair = pairs.find((pair) => pair === 'watch' || pair.startsWith('watch='));
const decoded = (text) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a broken %-escape: the engine refuses it as not a number
  }
};
window.qboCheckWatch = watchPair === undefined ? null : decoded(watchPair.slice(6)).slice(0, 32);
const runNow = watchPair !== undefined || pairs.some((pair) => pair === 'run' || pair.startsWith('run='));
window.qboCheckRunNow = runNow;
const ticketPair = pairs.find((pair) => pair === 'ticket' || pair.startsWith('ticket='));
window.qboCheckTicket = ticketPair === undefined ? null : decoded(ticketPair.slice(7)).slice(0, 64);

// Resolved once the page's first module has drawn. The follow-up module draws into that DOM,
// so it is started only after this.
let pageDrawn;
const drawn = new Promise((resolve) => { pageDrawn = resolve; });

// "Open a saved report": a file chosen in the page's `data-action="open-report"` input, or
// dropped anywhere on the page, goes to the follow-up module, which reads it in this browser
// (src/report_reader.rs). It waits in `window.qboCheckReportFile` until that module has started;
// if the module does not start within 10 s, the page says it could not load.
const openReport = (file) => {
  window.qboCheckReportFile = file;
  const say = (name) => dispatchEvent(new CustomEvent(name));
  drawn
    .then(() => Promise.race([window.qboCheckFollowup(), new Promise((_, late) => setTimeout(late, 10000))]))
    .then(() => say('qbo-check:open-report'), () => say('qbo-check:followup-failed'));
};
addEventListener('change', ({ target }) => {
  if (target.matches?.('[data-action="open-report"]') && target.files?.[0]) {
    openReport(target.files[0]);
    target.value = '';
  }
});
addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  if (file) {
    event.preventDefault();
    openReport(file);
  }
});

// Intuit's help for the visitor's region (docs/SOURCES.md, "Intuit's help by region"), chosen
// here, before the app runs, so the static page's links are right too: `?lang=` first, then the
// choice saved on this device by the switcher (`data-action="language"`), then the browser's
// languages, then US English. Where help links go depends on it, and, for `fr-ca`, the
// language of the first screen (below) and of the app's translated words (src/ui/words.rs).
// The app reads `window.qboCheckHelp` as it draws a help link; `<html data-help-locale>` says
// which.
const HELP_LOCALES = new Map([['en-us', 'en-us'], ['en-ca', 'en-ca'], ['fr-ca', 'fr-ca'], ['en-gb', 'en-uk'], ['en-uk', 'en-uk'], ['en-au', 'en-au'], ['en', 'en-us'], ['fr', 'fr-ca']]);
const SAVED_REGION = 'qbo-check:help-region';
// Only a region the switcher writes counts: anything else saved there is ignored.
const REGIONS = new Set(HELP_LOCALES.values());
const saved = () => { try { const region = localStorage.getItem(SAVED_REGION); return REGIONS.has(region) ? region : null; } catch { return null; } };
const langPair = pairs.find((pair) => pair.startsWith('lang='));
const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
const GENERIC_HELP = 'https://quickbooks.intuit.com/learn-support/';
// Every help link on the page, the app's included, goes to `locale`'s tree.
const showHelpIn = (locale) => {
  window.qboCheckHelp = `${GENERIC_HELP}${locale}/`;
  document.documentElement.dataset.helpLocale = locale;
  for (const link of document.querySelectorAll(`a[href^="${GENERIC_HELP}"]`)) {
    if (/^[a-z-]*\/?$/.test(link.getAttribute('href').slice(GENERIC_HELP.length))) link.href = window.qboCheckHelp;
  }
  // The options are language tags, as `?lang=` takes them; the one for `locale` is shown.
  const option = [...(document.getElementById('help-region')?.options ?? [])]
    .find(({ value }) => HELP_LOCALES.get(value.toLowerCase()) === locale);
  if (option) option.selected = true;
  showStaticWords(locale === 'fr-ca');
};
// The static first screen in Canadian French, for a visit whose help goes to fr-ca (src/ui/
// words.rs draws the app's French): swapped in here, before the app runs, so it is French even
// when the app cannot start. The words are www/words-fr-ca.js, a module of their own fetched
// only by such a visit (with its SRI hash), so an English visit downloads none of them. Each
// entry below is a node of www/index.html (or one of its attributes) and the key of its words;
// the English is kept, to swap back if the switcher goes back. A node swapped carries
// `lang="fr-CA"` (a text node, on its element). `<html lang>` follows the static screen until
// the app draws, then the app's words (`qbo-check:words` carries their tag, src/ui/words.rs):
// the app marks what it still shows in English `lang="en"`, and if its French cannot come, its
// English is the page's language while the static screen keeps its own marks. The `noscript`
// text stays English: without a script nothing can choose.
const staticNodes = () => {
  const fallback = document.querySelectorAll('#fallback p, #fallback li');
  const aside = document.querySelector('aside.help');
  const asideText = aside?.querySelector('p');
  return [
    ['title', document.head.querySelector('title')],
    ['heading', document.querySelector('.masthead h1')],
    ['lede', document.querySelector('.masthead .lede')],
    ['fine', document.querySelector('.masthead .fine')],
    ['loading', document.getElementById('loading')],
    ['cannotStart', fallback[0]?.querySelector('strong')],
    ['needs', fallback[1]],
    ['privateWindow', fallback[2]],
    ['clearData', fallback[3]],
    ['update', fallback[4]],
    ['statusPage', fallback[5]?.firstChild],
    ['ownHelp', fallback[6]?.firstChild],
    ['support', fallback[6]?.querySelector('a')],
    ['fakeNumbers', fallback[6]?.lastChild],
    ['helpHeading', aside?.querySelector('h2')],
    ['helpLabel', aside, 'aria-label'],
    ['helpText', asideText?.firstChild],
    ['helpSupport', asideText?.querySelector('a')],
    ['regionFor', document.getElementById('help-region')?.parentElement?.firstChild],
    ['regionLabel', document.getElementById('help-region'), 'aria-label'],
    ['regionNote', document.getElementById('help-region-note')],
  ];
};
const englishWords = new Map(); // a key → its English
const swapStaticWords = (words) => {
  // An English visit that never showed French has nothing to restore.
  if (!words && !englishWords.size) return;
  for (const [key, node, attribute] of staticNodes()) {
    if (!node) continue;
    if (!englishWords.has(key)) englishWords.set(key, attribute ? node.getAttribute(attribute) : node.textContent);
    const french = words?.[key];
    const text = french ?? englishWords.get(key);
    if (attribute) node.setAttribute(attribute, text);
    else node.textContent = text;
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (element.tagName === 'TITLE') continue;
    if (french) element.lang = 'fr-CA'; else element.removeAttribute('lang');
  }
  document.documentElement.lang = appLanguage ?? (words ? 'fr-CA' : 'en');
};
let appLanguage;
addEventListener('qbo-check:words', ({ detail }) => {
  if (typeof detail !== 'string') return;
  appLanguage = detail;
  document.documentElement.lang = detail;
});
// A module fetched with its SRI hash: a modulepreload link checks it, the import then takes it.
const modulePreload = (href, integrity) => new Promise((loaded, failed) => document.head.append(Object.assign(document.createElement('link'), {
  rel: 'modulepreload', href, integrity, crossOrigin: 'anonymous',
  onload: loaded, onerror: () => failed(new Error('The check\'s script could not load, or it was altered on the way.')),
})));
let frenchScreen;
// Never in the way of starting the app: a swap that fails leaves the words as they were.
const trySwap = (words) => { try { swapStaticWords(words); } catch { /* the page stays as it was */ } };
const showStaticWords = (french) => {
  if (!french) return trySwap(null);
  frenchScreen ??= modulePreload('{{FRENCH_SCREEN}}', '{{FRENCH_SCREEN_INTEGRITY}}')
    .then(() => import('{{FRENCH_SCREEN}}'))
    .then((module) => module.default);
  frenchScreen.then(
    // The visitor may have gone back to English while it came.
    (words) => { if (document.documentElement.dataset.helpLocale === 'fr-ca') trySwap(words); },
    () => { frenchScreen = undefined; },
  );
};
// The switcher needs this script: without it, it stays hidden rather than a dead control.
for (const part of document.querySelectorAll('[data-needs-script]')) part.hidden = false;
showHelpIn([langPair && decoded(langPair.slice(5)), saved(), ...languages]
  .filter((tag) => typeof tag === 'string' && tag.length < 36)
  .map((tag) => tag.toLowerCase().replace('_', '-'))
  .map((tag) => HELP_LOCALES.get(tag) ?? HELP_LOCALES.get(tag.split('-')[0]))
  .find(Boolean) ?? 'en-us');
addEventListener('change', ({ target }) => {
  const locale = target.matches?.('[data-action="language"]') && HELP_LOCALES.get(String(target.value).toLowerCase());
  if (!locale) return;
  try { localStorage.setItem(SAVED_REGION, locale); } catch { /* not saved: this visit only */ }
  showHelpIn(locale);
  dispatchEvent(new CustomEvent('qbo-check:language'));
});

// A printed result shows what the folds hold; they close again afterwards.
let openedForPrint = [];
addEventListener('beforeprint', () => {
  openedForPrint = [...document.querySelectorAll('details.fold:not([open])')];
  for (const fold of openedForPrint) fold.open = true;
});
addEventListener('afterprint', () => { for (const fold of openedForPrint) fold.open = false; });

// With ?run, open the connections to the hosts the check will test (the CSP's connect-src, which
// tests keep equal to the catalogue) while the wasm downloads. A plain visit contacts no Intuit
// host before the click.
if (runNow) {
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '';
  const connect = csp.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === 'connect-src') ?? [];
  for (const href of connect.filter((s) => s.startsWith('https://'))) {
    for (const crossOrigin of [null, 'anonymous']) {
      const link = Object.assign(document.createElement('link'), { rel: 'preconnect', href });
      if (crossOrigin) link.crossOrigin = crossOrigin;
      document.head.append(link);
    }
  }
}

// The follow-up part, loaded once, when the first part asks: its wasm (a part of the page's one
// binary, checked against its SRI hash by the split script) and its stylesheet are fetched side
// by side; `load_followup` (src/lib.rs) draws the views once the stylesheet has settled, so
// nothing draws unstyled first. A stylesheet that fails leaves the views working, unstyled.
// A failure is not remembered: the next call tries again.
const preload = (href, integrity, as) => document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', href, integrity, as, crossOrigin: 'anonymous' }));
let followup;
window.qboCheckFollowup = () => followup ??= new Promise((settled) => {
  preload('{{FOLLOWUP_WASM}}', '{{FOLLOWUP_WASM_INTEGRITY}}', 'fetch');
  const sheet = Object.assign(document.createElement('link'), {
    rel: 'stylesheet', href: '{{FOLLOWUP_CSS}}', integrity: '{{FOLLOWUP_CSS_INTEGRITY}}', crossOrigin: 'anonymous',
  });
  sheet.onload = sheet.onerror = settled;
  document.head.append(sheet);
}).then(() => import('{{MAIN_JS}}')).then((glue) => glue.load_followup()).catch((error) => {
  followup = undefined;
  throw error;
});

// A page that has not started after this long is treated as blocked; if it starts later, the
// app removes the fallback again. (The stylesheet shows it after 3 s if no script runs at all.)
const slow = setTimeout(() => showFallback('The check is taking too long to load.'), 20000);
try {
  if (typeof WebAssembly !== 'object') throw new Error('This browser cannot run WebAssembly.');
  // A plain visit lets the static first screen paint before the app's files are requested
  // (a frame, then a task after it); with ?run the check starts at once.
  if (!runNow) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  // The probes' parts: with ?run they are needed at once, so they are fetched beside the first
  // part; otherwise when a pointer or the keyboard reaches the run button, which comes before
  // its click, so a visit that never goes near it does not download them. The extras (the
  // lookups, the JSON report, a report file, watch mode's rounds) likewise, when one reaches the
  // controls that need them.
  const fetchParts = (list) => { for (const [href, integrity] of list) preload(href, integrity, 'fetch'); };
  const onIntent = (selector, list) => {
    const types = ['pointerover', 'focusin', 'touchstart'];
    const intent = (event) => {
      if (!event.target?.closest?.(selector)) return;
      for (const type of types) removeEventListener(type, intent, true);
      fetchParts(list);
    };
    for (const type of types) addEventListener(type, intent, { capture: true, passive: true });
  };
  if (runNow) fetchParts({{PROBE_PARTS}});
  else onIntent('[data-action="run"]', {{PROBE_PARTS}});
  onIntent('[data-action="download-json"], [data-action="open-lookups"], [data-action="watch"], [data-action="open-report"]', {{EXTRAS_PARTS}});
  // A visit shown in French fetches its words now, beside the first part, rather than once the
  // app asks for them (src/ui/words.rs), so a result is seldom drawn in English first.
  // Its lookups' words likewise when one reaches their button.
  if (document.documentElement.dataset.helpLocale === 'fr-ca') {
    fetchParts({{FRENCH_PARTS}});
    onIntent('[data-action="open-lookups"]', {{LOOKUPSFR_PARTS}});
  }
  // The scripts are fetched through modulepreload links, so their SRI hashes are checked; the
  // import below then takes the modules the links fetched: the glue, and the split script it
  // imports (it fetches the probes and the follow-up part on demand). The page reads its build
  // name from the glue.
  await Promise.all([['{{MAIN_JS}}', '{{MAIN_JS_INTEGRITY}}'], ['{{SPLIT_JS}}', '{{SPLIT_JS_INTEGRITY}}']].map(([href, integrity]) => modulePreload(href, integrity)));
  const bindings = await import('{{MAIN_JS}}');
  const wasm = await bindings.default({ module_or_path: fetch('{{MAIN_WASM}}', { integrity: '{{MAIN_WASM_INTEGRITY}}' }) });
  // The result's follow-up part (steps, sharing) will be needed too: fetched now, while the
  // probes wait on the network; the page draws it once its own result is drawn.
  if (runNow) {
    preload('{{FOLLOWUP_WASM}}', '{{FOLLOWUP_WASM_INTEGRITY}}', 'fetch');
    preload('{{FOLLOWUP_CSS}}', '{{FOLLOWUP_CSS_INTEGRITY}}', 'style');
  }
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  requestAnimationFrame(() => setTimeout(pageDrawn, 0));
  // A help desk's link (`?ticket=`) shows its tag, or why it was refused, before any run: the
  // follow-up module draws that, so it starts as soon as the page has drawn.
  if (ticketPair) drawn.then(() => window.qboCheckFollowup()).catch(() => {});
} catch (error) {
  showFallback(error && error.message ? error.message : error);
} finally {
  clearTimeout(slow);
}
