// npm run bench: prints how big and how fast the app is, each figure with its target.
// Benchmarks report; tests do not time. Figures are noisy on a shared 2-core machine (±30%), so
// timings are medians. Lighthouse is installed on first use into bench/.tools (not a dependency of
// the app: it is large and only needed here).
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, Agent } from 'node:http';
import { chromium } from 'playwright-core';
import { buildServer as compileServer, SERVER_OUT } from '../scripts/build/server.mjs';
import { diaryBench } from './diary.mjs';
import { gzipBytes, JS_BUDGETS, jsSizes } from './sizes.mjs';
import { myDataBench } from './mydata.mjs';
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
// --only cold-server,lighthouse,browser,diary,mydata,sync,sharing runs those parts (the build and sizes always run).
const onlyArg = process.argv.indexOf('--only');
const parts = onlyArg === -1 ? null : process.argv[onlyArg + 1].split(',');
const wants = (part) => !parts || parts.includes(part);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// ---------- build ----------
// --no-build measures the build already in dist (after a vite build of your own).
if (!process.argv.includes('--no-build')) {
  console.log('Building (vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BUILD_ID: 'bench' },
  });
}
await compileServer(); // the server runs as npm start runs it: compiled JavaScript

// ---------- sizes ----------
console.log('\nSizes');
// The same measure npm test holds to the limits (bench/sizes.mjs); here against the targets.
const sizes = jsSizes(dist);
const { firstScreen: fsBudget, all: allBudget } = JS_BUDGETS;
report(
  'first-screen JS (gzip)',
  sizes.firstScreen,
  ' KiB',
  `target ≤ ${fsBudget.target} KiB, limit ${fsBudget.limit}`,
  sizes.firstScreen <= fsBudget.target,
  sizes.firstScreen <= fsBudget.target
    ? ''
    : sizes.firstScreen <= fsBudget.limit
      ? '(over target, within limit)'
      : '(OVER THE LIMIT)',
);
report(
  'total JS, every screen (gzip)',
  sizes.all,
  ' KiB',
  `target ≤ ${allBudget.target} KiB, limit ${allBudget.limit}`,
  sizes.all <= allBudget.target,
  sizes.all <= allBudget.target
    ? ''
    : sizes.all <= allBudget.limit
      ? '(over target, within limit)'
      : '(OVER THE LIMIT)',
);
for (const [code, kib] of Object.entries(sizes.languages))
  report(`the words of one more language (${code}, gzip)`, kib, ' KiB', 'report', true);
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
  round(gzipBytes(join(dist, 'index.html')) / KiB),
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
  server = spawn(process.execPath, [SERVER_OUT], {
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

// ---------- a cold server serving the whole precache ----------
/** One GET as a browser sends it (brotli accepted); the body is read, never decoded. */
function get(agent, path) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(
      `${url}${path}`,
      { agent, headers: { 'accept-encoding': 'br, gzip' } },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function coldServer() {
  console.log('\nA cold server (just started) serving every precached file');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    await startServer();
    try {
      // Six at a time, as a browser installing the service worker fetches them.
      const files = new Agent({ keepAlive: true, maxSockets: 6 });
      const api = new Agent({ keepAlive: true, maxSockets: 1 });
      await get(api, '/api/health'); // the API's connection is open before the files start
      const queue = precached.map((u) => `/${u}`);
      let done = false;
      const apiTimes = [];
      const poll = (async () => {
        while (!done) apiTimes.push((await get(api, '/api/health')).ms);
      })();
      const started = performance.now();
      const failures = [];
      await Promise.all(
        Array.from({ length: 6 }, async () => {
          for (let path; (path = queue.shift());) {
            const r = await get(files, path);
            if (r.status !== 200) failures.push(`${path}: ${r.status}`);
          }
        }),
      );
      const total = performance.now() - started;
      done = true;
      await poll;
      files.destroy();
      if (failures.length) throw new Error(`precached files not served: ${failures.join(', ')}`);
      // The same API requests for as long with no file requests: what the machine alone costs.
      const idle = [];
      for (const until = performance.now() + total; performance.now() < until;)
        idle.push((await get(api, '/api/health')).ms);
      runs.push({
        total,
        worstApi: Math.max(...apiTimes),
        apiRequests: apiTimes.length,
        worstIdle: Math.max(...idle),
      });
      api.destroy();
    } finally {
      await stopServer();
    }
  }
  const total = median(runs.map((r) => r.total));
  const worst = median(runs.map((r) => r.worstApi));
  report(
    `cold server: every precached file (${precached.length})`,
    Math.round(total),
    ' ms',
    'report',
    undefined,
    `(runs: ${runs.map((r) => Math.round(r.total)).join(', ')} ms)`,
  );
  report(
    'cold server: the slowest API request meanwhile',
    round(worst, 1),
    ' ms',
    'target ≤ 20 ms',
    worst <= 20,
    `(worst per run: ${runs.map((r) => round(r.worstApi, 1)).join(', ')} ms; ${runs.map((r) => r.apiRequests).join(', ')} requests)`,
  );
  report(
    'the slowest API request with no file requests, as long',
    round(median(runs.map((r) => r.worstIdle)), 1),
    ' ms',
    'the machine alone',
    undefined,
    `(per run: ${runs.map((r) => round(r.worstIdle, 1)).join(', ')} ms)`,
  );
}
if (wants('cold-server')) await coldServer();

const chromePath = findChromium();
if (!chromePath) {
  console.log(`\n${CHROMIUM_HELP}\nSkipping the browser figures.`);
} else if (wants('lighthouse') || wants('browser') || wants('diary') || wants('mydata')) {
  await startServer();
  try {
    if (wants('lighthouse')) await lighthouse();
    if (wants('browser')) await browserTimings();
    if (wants('diary')) await diaryBench({ chromePath, url, report, round, median });
    if (wants('mydata')) await myDataBench({ url, chromePath, report, round });
  } finally {
    await stopServer();
  }
}

// ---------- Lighthouse ----------
function lighthouseRun(cli, out, extra = []) {
  execFileSync(
    process.execPath,
    [
      cli,
      `${url}/`,
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      ...extra,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: 'inherit' },
  );
}

/**
 * Three Lighthouse reports. Lighthouse sometimes fails to record a trace (NO_NAVSTART): a failed
 * run is tried again (twice at most) rather than losing every figure.
 */
function threeReports(cli, name, extra = []) {
  const reports = [];
  for (let failures = 0; reports.length < 3;) {
    const out = join(dataDir, `${name}-${reports.length}.json`);
    try {
      lighthouseRun(cli, out, extra);
    } catch (error) {
      if (++failures > 2) throw error;
      console.log('Lighthouse run failed; trying it again.');
      continue;
    }
    reports.push(JSON.parse(readFileSync(out, 'utf8')));
  }
  return reports;
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
  const runs = threeReports(cli, 'lh').map((r) => ({
    perf: Math.round(r.categories.performance.score * 100),
    a11y: Math.round(r.categories.accessibility.score * 100),
    practices: Math.round(r.categories['best-practices'].score * 100),
    failedPractices: Object.values(r.audits)
      .filter(
        (a) =>
          a.score === 0 &&
          r.categories['best-practices'].auditRefs.some((x) => x.id === a.id && x.weight > 0),
      )
      .map((a) => a.id),
    fcp: r.audits['first-contentful-paint'].numericValue,
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    cls: r.audits['cumulative-layout-shift'].numericValue,
  }));
  const m = (k) => median(runs.map((r) => r[k]));
  report(
    'Lighthouse performance',
    m('perf'),
    '',
    'target ≥ 97',
    m('perf') >= 97,
    `(runs: ${runs.map((r) => r.perf).join(', ')})`,
  );
  report('Lighthouse accessibility', m('a11y'), '', 'target 100', m('a11y') === 100);
  const failed = [...new Set(runs.flatMap((r) => r.failedPractices))];
  report(
    'Lighthouse best practices',
    m('practices'),
    '',
    'target 100',
    m('practices') === 100,
    failed.length ? `(failed: ${failed.join(', ')})` : '',
  );
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
    'target ≤ 1.0 s',
    m('lcp') <= 1000,
  );
  report(
    'total blocking time',
    Math.round(m('tbt')),
    ' ms',
    'target ≤ 150 ms, limit 300',
    m('tbt') <= 300,
  );
  report('cumulative layout shift', round(m('cls'), 3), '', 'target 0', m('cls') === 0);

  // The same page loaded through applied throttling: the same slow 4G (562.5 ms a request) and 4×
  // CPU, but imposed on a real load, so the paints are the ones the browser made. The simulation
  // above cannot see a module script run (it looks for a classic script's EvaluateScript), so it
  // counts the app's script, which has arrived by the first paint, as one the paint waited for.
  const applied = threeReports(cli, 'lh-applied', ['--throttling-method=devtools']).map((r) => ({
    fcp: r.audits['first-contentful-paint'].numericValue,
    lcp: r.audits['largest-contentful-paint'].numericValue,
  }));
  const lcp = median(applied.map((r) => r.lcp));
  report(
    'largest contentful paint, applied throttling',
    round(lcp / 1000, 2),
    ' s',
    'target ≤ 1.0 s',
    lcp <= 1000,
    `(runs: ${applied.map((r) => round(r.lcp / 1000, 2)).join(', ')}; first paint ${round(median(applied.map((r) => r.fcp)) / 1000, 2)} s)`,
  );
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
    // The diary and My data parts after this one need the server the offline start stopped.
    if (!server) await startServer();
  }
}

// ---------- sync (server and protocol) ----------
const syncBench = join(root, 'bench/sync.ts');
if (wants('sync') && existsSync(syncBench)) {
  console.log('\nSync');
  execFileSync(process.execPath, ['--import', 'tsx', syncBench], { cwd: root, stdio: 'inherit' });
}

// ---------- sharing (a member's pull against the owner's, the permission check per push) ----------
const sharingBench = join(root, 'bench/sharing.ts');
if (wants('sharing') && existsSync(sharingBench)) {
  console.log('\nSharing');
  execFileSync(process.execPath, ['--import', 'tsx', sharingBench], {
    cwd: root,
    stdio: 'inherit',
  });
}

rmSync(dataDir, { recursive: true, force: true });
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/latest.json'),
  JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
);
console.log('\nWritten to bench/results/latest.json');
