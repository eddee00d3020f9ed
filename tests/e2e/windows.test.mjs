// The native checker as most fleets run it: qbo-check.exe, cross-built for Windows
// (x86_64-pc-windows-gnu, with Debian's mingw-w64) by the test command and run here under
// Debian's Wine against the lab. The same checks as on Linux: outcomes, TLS inspection, the
// exact status, exit codes and the metrics. Wine 8.0 lacks bcryptprimitives.dll, so a stand-in
// (tests/windows/bcryptprimitives.c) goes beside the exe in a test folder, never in a release.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startLab } from './harness.mjs';

const EXE = join(ROOT, 'target', 'x86_64-pc-windows-gnu', 'release', 'qbo-check.exe');
const DIR = join(ROOT, 'test-output', 'windows');
const PREFIX = join(DIR, 'wine-prefix');

/** The exe and the stand-in DLL in one folder; Wine's prefix beside them. */
function prepare() {
  mkdirSync(DIR, { recursive: true });
  copyFileSync(EXE, join(DIR, 'qbo-check.exe'));
  execFileSync('x86_64-w64-mingw32-gcc', ['-O2', '-shared', '-o', join(DIR, 'bcryptprimitives.dll'),
    join(ROOT, 'tests', 'windows', 'bcryptprimitives.c'), '-ladvapi32']);
}

/** Runs qbo-check.exe under Wine; its exit code and output. */
function runExe(args) {
  return new Promise((resolve) => {
    execFile('wine', [join(DIR, 'qbo-check.exe'), ...args], {
      cwd: DIR,
      timeout: 120_000,
      env: { ...process.env, WINEPREFIX: PREFIX, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', DISPLAY: '' },
    }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

/** Runs qbo-check.exe under Wine with Wine's display language set from `locale` (Wine takes it
 * from the Unix locale it starts in) and no LANG, LC_ALL or LC_MESSAGES in the exe's own
 * environment, as on a Windows machine: `cmd` clears them before it starts the exe. */
function runExeIn(locale, args) {
  const env = { ...process.env, WINEPREFIX: PREFIX, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', DISPLAY: '', LC_ALL: locale };
  delete env.LANG;
  delete env.LC_MESSAGES;
  return new Promise((resolve) => {
    // `&`, not `&&`: clearing a variable that is not set fails, and must not stop the rest.
    execFile('wine', ['cmd', '/c', `set LC_ALL=& set LANG=& set LC_MESSAGES=& set L& qbo-check.exe ${args.join(' ')}`], {
      cwd: DIR, timeout: 120_000, env,
    }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

/** A Unix path as the exe sees it (Wine's Z: drive). */
const windowsPath = (path) => `Z:${path.replaceAll('/', '\\')}`;

test('qbo-check.exe under Wine: TLS inspection, every host\'s exact 502, exit codes and metrics', async () => {
  assert.ok(existsSync(EXE), `${EXE} is missing: scripts/test.sh cross-builds it`);
  prepare();
  const lab = await startLab({ default: { kind: 'status', code: 502 } });
  try {
    const ca = join(DIR, 'lab-ca.pem');
    writeFileSync(ca, lab.ca_pem);
    const common = ['--resolve', `*:443:127.0.0.1:${lab.https_port}`, '--ca-file', windowsPath(ca)];

    const json = await runExe([...common, '--json']);
    assert.equal(json.code, 1, json.stderr);
    const report = JSON.parse(json.stdout);
    assert.equal(report.schema, 'qbo-check/cli-report/1');
    assert.equal(report.findings[0].cause, 'tls-inspection');
    for (const host of report.hosts) {
      assert.equal(host.http.status, 502, host.host);
      assert.equal(host.outcome, 'server-error', host.host);
      assert.equal(host.tls.local_ca_only, true, host.host);
    }

    const metrics = await runExe([...common, '--format', 'openmetrics']);
    assert.equal(metrics.code, 1, metrics.stderr);
    assert.match(metrics.stdout, /^qbo_check_verdict\{cause="tls-inspection"\} 1\.0\r?$/m);
    const promtool = execFileSync('promtool', ['check', 'metrics'], { input: metrics.stdout.replaceAll('\r\n', '\n') }).toString();
    assert.equal(promtool.trim(), '');

    // Without the lab's CA the chain is untrusted: every host unreachable at TLS, exit 1.
    const untrusted = JSON.parse((await runExe(['--resolve', `*:443:127.0.0.1:${lab.https_port}`, '--json'])).stdout);
    assert.ok(untrusted.hosts.every((h) => h.outcome === 'unreachable' && h.tls.error), JSON.stringify(untrusted.hosts[0]));

    assert.equal((await runExe(['--timeout-ms', '5'])).code, 2, 'bad usage');
  } finally {
    lab.stop();
  }
});

test('qbo-check.exe speaks the display language Windows is set to, with no LANG in its environment', async () => {
  assert.ok(existsSync(EXE), `${EXE} is missing: scripts/test.sh cross-builds it`);
  prepare();
  for (const [locale, lang] of [['fr_CA.UTF-8', 'fr-CA'], ['en_US.UTF-8', 'en'], ['de_DE.UTF-8', 'en']]) {
    // Nothing listens on port 9 of loopback: every host fails at once; only the words matter.
    const run = await runExeIn(locale, ['--resolve', '*:443:127.0.0.1:9', '--timeout-ms', '500', '--json']);
    // `set L` printed the exe's variables that start with L (Windows' LOCALAPPDATA, so it ran):
    // none of LANG, LC_ALL, LC_MESSAGES.
    assert.match(run.stdout, /^LOCALAPPDATA=/m, locale);
    assert.doesNotMatch(run.stdout, /^(LANG|LC_ALL|LC_MESSAGES)=/m, locale);
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    assert.equal(report.lang, lang, `${locale}: ${run.stderr}`);
  }
});
