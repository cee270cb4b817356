// npm run bench: prints how big and how fast the app is, each figure with its target.
// Benchmarks report; tests do not time. Figures are noisy on a shared 2-core machine (±30%), so
// timings are medians. Lighthouse is installed on first use into bench/.tools (not a dependency of
// the app: it is large and only needed here).
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from '../tests/browser/support/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const results = [];
const KiB = 1024;

function report(name, value, unit, target, ok, note = '') {
  const shown = typeof value === 'number' ? `${value}${unit}` : value;
  results.push({ name, value, unit, target, ok });
  console.log(
    `${ok === undefined ? '  ' : ok ? 'ok' : '!!'}  ${name}: ${shown}  [${target}]${note ? `  ${note}` : ''}`,
  );
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// ---------- build ----------
console.log('Building (vite build)…');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BUILD_ID: 'bench' },
});

// ---------- sizes ----------
console.log('\nSizes');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstScreen = [
  ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((m) => join(dist, m[1]));
const firstKiB = round(firstScreen.reduce((n, f) => n + gz(f), 0) / KiB);
report(
  'first-screen JS (gzip)',
  firstKiB,
  ' KiB',
  'target ≤ 60 KiB, limit 90',
  firstKiB <= 90,
  firstKiB <= 60 ? '' : '(over target, within limit)',
);
const allJs = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(dist, 'assets', f));
const totalKiB = round(allJs.reduce((n, f) => n + gz(f), 0) / KiB);
report(
  'total JS, every screen (gzip)',
  totalKiB,
  ' KiB',
  'target ≤ 250 KiB, limit 350',
  totalKiB <= 350,
);
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
const precacheKiB = round(precached.reduce((n, u) => n + statSync(join(dist, u)).size, 0) / KiB);
report(
  'precache (first install)',
  `${precacheKiB} KiB in ${precached.length} files`,
  '',
  'target ≤ 1.5 MiB, limit 3 MiB',
  precacheKiB <= 3 * 1024,
);
report(
  'index.html with the prerendered first screen (gzip)',
  round(gz(join(dist, 'index.html')) / KiB),
  ' KiB',
  'paints before any JS',
  undefined,
);

// ---------- server ----------
async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'my-review-bench-'));
let server;
async function startServer() {
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}
async function stopServer() {
  if (!server) return;
  const s = server;
  server = undefined;
  await new Promise((r) => {
    s.once('exit', r);
    s.kill('SIGTERM');
  });
}

const chromePath = findChromium();
if (!chromePath) {
  console.log(`\n${CHROMIUM_HELP}\nSkipping the browser figures.`);
} else {
  await startServer();
  try {
    await lighthouse();
    await browserTimings();
  } finally {
    await stopServer();
  }
}

// ---------- Lighthouse ----------
function lighthouseRun(cli, out) {
  execFileSync(
    process.execPath,
    [
      cli,
      `${url}/`,
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: 'inherit' },
  );
}

async function lighthouse() {
  console.log('\nLighthouse 12 (mobile, simulated slow 4G and 4× CPU), median of 3');
  const tools = join(root, 'bench/.tools');
  const cli = join(tools, 'node_modules/lighthouse/cli/index.js');
  if (!existsSync(cli)) {
    console.log('Installing Lighthouse 12.8.2 into bench/.tools (first run only)…');
    mkdirSync(tools, { recursive: true });
    execFileSync(
      'npm',
      ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', 'lighthouse@12.8.2'],
      { stdio: 'inherit' },
    );
  }
  const runs = [];
  // Lighthouse sometimes fails to record a trace (NO_NAVSTART): a failed run is tried again (twice
  // at most) rather than losing every figure.
  for (let i = 0, failures = 0; i < 3; i++) {
    const out = join(dataDir, `lh-${i}.json`);
    try {
      lighthouseRun(cli, out);
    } catch (error) {
      if (++failures > 2) throw error;
      console.log('Lighthouse run failed; trying it again.');
      i--;
      continue;
    }
    const r = JSON.parse(readFileSync(out, 'utf8'));
    runs.push({
      perf: Math.round(r.categories.performance.score * 100),
      a11y: Math.round(r.categories.accessibility.score * 100),
      fcp: r.audits['first-contentful-paint'].numericValue,
      lcp: r.audits['largest-contentful-paint'].numericValue,
      tbt: r.audits['total-blocking-time'].numericValue,
      cls: r.audits['cumulative-layout-shift'].numericValue,
    });
  }
  const m = (k) => median(runs.map((r) => r[k]));
  report(
    'Lighthouse performance',
    m('perf'),
    '',
    'target ≥ 95',
    m('perf') >= 95,
    `(runs: ${runs.map((r) => r.perf).join(', ')})`,
  );
  report('Lighthouse accessibility', m('a11y'), '', 'target 100', m('a11y') === 100);
  report(
    'first contentful paint',
    round(m('fcp') / 1000, 2),
    ' s',
    'at the network floor',
    undefined,
  );
  report(
    'largest contentful paint',
    round(m('lcp') / 1000, 2),
    ' s',
    'target ≤ 1.2 s',
    m('lcp') <= 1200,
  );
  report(
    'total blocking time',
    Math.round(m('tbt')),
    ' ms',
    'target ≤ 150 ms, limit 300',
    m('tbt') <= 300,
  );
  report('cumulative layout shift', round(m('cls'), 3), '', 'target 0', m('cls') === 0);
}

// ---------- warm offline start and one save ----------
async function browserTimings() {
  console.log('\nIn Chromium (Playwright)');
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);

    // One save, through the screen as a person does it (the db:save measure around the verb).
    const saveTimes = async () => {
      const name = page.getByRole('textbox', { name: 'What would you like us to call you?' });
      if (!(await name.count())) await page.getByRole('button', { name: 'Change my name' }).click();
      await page.evaluate(() => performance.clearMeasures('db:save'));
      for (let i = 0; i < 15; i++) {
        await name.fill(`Sam ${i}`);
        await name.blur();
        await page.waitForFunction((n) => performance.getEntriesByName('db:save').length > n, i);
        await name.focus();
      }
      return page.evaluate(() => performance.getEntriesByName('db:save').map((e) => e.duration));
    };
    const save1 = median(await saveTimes());
    report(
      'one save (record + outbox, db:save)',
      round(save1, 2),
      ' ms',
      'target ≤ 10 ms',
      save1 <= 10,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const save4 = median(await saveTimes());
    report('one save at 4× CPU slowdown', round(save4, 2), ' ms', 'limit 50 ms', save4 <= 50);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // Warm offline start: the server is stopped; the app comes from the service worker.
    await stopServer();
    const ready = [];
    for (let i = 0; i < 5; i++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.reload();
      await page.waitForFunction(
        () => performance.getEntriesByName('app:ready').length > 0,
        undefined,
        { timeout: 30_000 },
      );
      // From the start of the navigation to the first screen showing the person's own data.
      ready.push(
        await page.evaluate(() => {
          const m = performance.getEntriesByName('app:ready')[0];
          return m.startTime + m.duration;
        }),
      );
    }
    const warm = median(ready);
    report(
      'warm offline start to app:ready at 4× CPU',
      round(warm / 1000, 2),
      ' s',
      'target ≤ 0.4 s',
      warm <= 400,
      `(runs: ${ready.map((r) => Math.round(r)).join(', ')} ms)`,
    );
  } finally {
    await browser.close();
  }
}

// ---------- sync (server and protocol) ----------
const syncBench = join(root, 'bench/sync.ts');
if (existsSync(syncBench)) {
  console.log('\nSync');
  execFileSync(process.execPath, ['--import', 'tsx', syncBench], { cwd: root, stdio: 'inherit' });
}

rmSync(dataDir, { recursive: true, force: true });
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/latest.json'),
  JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
);
console.log('\nWritten to bench/results/latest.json');
