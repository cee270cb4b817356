// Screenshots of Home, a planner step and an easy-read page in each language, for the README:
// docs/screenshots/<lang>-{home,planner,learn}.png at 390×844 (a phone). Not part of npm test.
//
//   node scripts/screenshots/languages.mjs          # every language in locales/languages.json
//   node scripts/screenshots/languages.mjs ur pl    # only these
//
// It starts the app as `npm start` does (building it first if the build is old), on a free port
// with an empty data folder, and drives the system Chromium, choosing each language in Settings as
// a person would.
/* global document -- the callbacks given to page.evaluate run in the page */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_HELP,
  findChromium,
} from '../../tests/browser/support/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const { languages } = JSON.parse(readFileSync(join(root, 'locales/languages.json'), 'utf8'));
const wanted = process.argv.slice(2);
const chosen = wanted.length ? languages.filter((l) => wanted.includes(l.code)) : languages;
const english = (ns) => JSON.parse(readFileSync(join(root, 'locales/en', `${ns}.json`), 'utf8'));
const settingsWords = english('settings').language;

const SCREENS = [
  ['home', '/'],
  ['planner', '/planner/say/safe'],
  ['learn', '/learn/what-is-a-review'],
];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, server) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error('The app did not start.');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The app did not answer within five minutes.');
}

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_HELP);
const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'my-review-screenshots-'));
const url = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  await waitForServer(url, server);
  for (const language of chosen) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-GB',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const ready = () =>
      page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
    await page.goto(`${url}/settings`);
    await page
      .getByRole('region', { name: settingsWords.title, exact: true })
      .getByRole('button', { name: new RegExp(settingsWords.label) })
      .click();
    await page.getByRole('option', { name: language.name, exact: true }).click();
    await page.waitForFunction((code) => document.documentElement.lang === code, language.code);
    for (const [name, path] of SCREENS) {
      await page.goto(`${url}${path}`);
      await page.waitForFunction((code) => document.documentElement.lang === code, language.code);
      if (name === 'home') await ready();
      await page.locator('main h1').waitFor();
      await page.evaluate(() => document.fonts.ready);
      const file = join(out, `${language.code}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file.slice(root.length)}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
