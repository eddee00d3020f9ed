// Lighthouse (npm, pinned in package.json) against a URL, with Debian's Chromium. Mobile is
// Lighthouse's default: a mid-range phone on a slow 4G link, simulated.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './harness.mjs';

const BIN = join(ROOT, 'node_modules', '.bin', 'lighthouse');

/** Runs Lighthouse once and returns its report (the `lhr` JSON). */
export async function lighthouse(url, categories = ['performance', 'accessibility', 'best-practices', 'seo']) {
  const temp = mkdtempSync(join(tmpdir(), 'qbo-lighthouse-'));
  const output = join(temp, 'report.json');
  try {
    await promisify(execFile)(BIN, [
      url,
      `--only-categories=${categories.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, timeout: 120_000 });
    return JSON.parse(readFileSync(output, 'utf8'));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Audits in a category that lost points, as "id: title (value)" lines for a failure message. */
export const lostPoints = (report, category) => report.categories[category].auditRefs
  .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
  .map((ref) => `${ref.id}: ${report.audits[ref.id].title} (${report.audits[ref.id].displayValue ?? report.audits[ref.id].score})`);
