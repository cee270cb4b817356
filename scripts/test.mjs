// npm test: every check, in the order that fails fastest, ending with one line CI reads:
//   N passed, N failed
// Lint, format, typecheck and each build count as one check each; every Vitest and browser test
// counts as one. The build is also held to its size limits (bench/sizes.mjs, the benchmark's own
// measure) and the server is compiled. Options: --only lint|unit|build|browser (repeatable);
// anything after -- goes to Playwright (e.g. npm test -- --only browser -- -g offline).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { JS_BUDGETS, jsSizes, overLimits } from '../bench/sizes.mjs';
import { CHROMIUM_HELP, findChromium } from '../tests/browser/support/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash === -1 ? argv : argv.slice(0, dash);
const playwrightArgs = dash === -1 ? [] : argv.slice(dash + 1);
const only = own.flatMap((a, i) => (a === '--only' ? [own[i + 1]] : []));
const wants = (group) => only.length === 0 || only.includes(group);

let passed = 0;
let failed = 0;
const lines = [];

function run(cmd, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function check(name, cmd, args, env) {
  console.log(`\n=== ${name}`);
  const r = run(cmd, args, env);
  if (r.ok) passed++;
  else failed++;
  lines.push(`${r.ok ? 'ok  ' : 'FAIL'} ${name} (${r.seconds}s)`);
  return r.ok;
}

// Each browser test that failed, or passed only on its second try, with the first lines of what
// went wrong: CI keeps only the end of the output, so the cause has to be in the summary.
function browserTroubles(report) {
  const found = [];
  const walk = (suite) => {
    for (const child of suite.suites ?? []) walk(child);
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
        const error = t.results?.find((r) => r.error)?.error?.message ?? '';
        const why = error
          // eslint-disable-next-line no-control-regex -- Playwright colours its messages
          .replace(/\u001b\[[0-9;]*m/g, '')
          .split('\n')
          .filter((l) => l.trim())
          .slice(0, 4)
          .map((l) => `       ${l.trim().slice(0, 160)}`);
        const where = `${spec.file}:${spec.line} › ${spec.title}`;
        found.push(
          `  ${t.status === 'flaky' ? 'passed on its second try' : 'failed'}: ${where}`,
          ...why,
        );
      }
    }
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return found;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

if (wants('lint')) {
  check('lint (eslint, zero warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']);
  check('format (prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  check('typecheck (tsc --noEmit)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
}

if (wants('unit')) {
  console.log('\n=== unit, component and server tests (vitest)');
  const out = '.ci-vitest.json';
  rmSync(out, { force: true });
  const r = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  const v = readJson(out);
  const p = v?.numPassedTests ?? 0;
  const f = (v?.numFailedTests ?? 0) + (v?.numRuntimeErrorTestSuites ?? 0) + (v || r.ok ? 0 : 1);
  const bad = f > 0 || (!r.ok && f === 0) ? Math.max(f, 1) : 0;
  passed += p;
  failed += bad;
  lines.push(`${bad ? 'FAIL' : 'ok  '} vitest: ${p} passed, ${bad} failed (${r.seconds}s)`);
}

const needBuild = wants('build') || wants('browser');
let built = true;
if (needBuild) {
  built =
    check('build (the app, version v1)', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
      BUILD_ID: 'v1',
    }) &&
    check(
      'build (a second version, for the update test)',
      'npx',
      ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-v2'],
      {
        BUILD_ID: 'v2',
      },
    );
}

if (needBuild) {
  // The JavaScript the build sends, within its limits (bench/sizes.mjs: the benchmark's measure).
  const { firstScreen, all } = JS_BUDGETS;
  const name = `JavaScript size (gzip: first screen ≤ ${firstScreen.limit} KiB, all ≤ ${all.limit} KiB)`;
  console.log(`\n=== ${name}`);
  let over = ['no build'];
  if (built) {
    const sizes = jsSizes(join(root, 'dist'));
    console.log(
      `first screen ${sizes.firstScreen} KiB, all ${sizes.all} KiB; other languages' words: ${JSON.stringify(sizes.languages)}`,
    );
    over = overLimits(sizes);
  }
  if (over.length) failed++;
  else passed++;
  lines.push(
    `${over.length ? 'FAIL' : 'ok  '} ${name}${over.length ? `: ${over.join('; ')}` : ''}`,
  );
  check('build (the server, plain JavaScript)', 'node', ['scripts/build/server.mjs']);
}

if (wants('browser')) {
  console.log('\n=== browser tests (Playwright, system Chromium)');
  const chromium = findChromium();
  if (!chromium) {
    console.log(CHROMIUM_HELP);
    failed++;
    lines.push(
      'FAIL browser tests: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)',
    );
  } else if (!built) {
    failed++;
    lines.push('FAIL browser tests: not run, the build failed');
  } else {
    const out = '.ci-playwright.json';
    rmSync(out, { force: true });
    const r = run('npx', ['playwright', 'test', ...playwrightArgs], {
      PW_JSON: out,
      CHROMIUM_PATH: chromium,
    });
    const report = readJson(out);
    const s = report?.stats;
    const p = (s?.expected ?? 0) + (s?.flaky ?? 0);
    let f = s?.unexpected ?? 0;
    if (!r.ok && f === 0) f = 1; // the runner itself failed (a syntax error, a crash)
    passed += p;
    failed += f;
    const flaky = s?.flaky ? `, ${s.flaky} of them on a second try` : '';
    lines.push(
      `${f ? 'FAIL' : 'ok  '} browser: ${p} passed${flaky}, ${f} failed (${r.seconds}s)`,
      ...browserTroubles(report),
    );
  }
}

console.log('\n=== summary');
for (const l of lines) console.log(l);
if (passed + failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
