// Sync benchmarks, on SQLite and (when DATABASE_URL_TEST or DATABASE_URL is set) PostgreSQL.
// The server runs in its own process (bench/syncServer.ts), as in production; this process is
// the devices, over loopback HTTP.
//   - push + pull of 10,000 mutations: one device pushes them in batches of 100, another pulls
//     them all (target ≤ 3 s)
//   - requests per second for a push of 100 mutations
// Run: node --import tsx bench/sync.ts   (one line per figure)
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { uuidv7 } from '../src/shared/ids';
import { SCALE } from '../src/shared/models/answer';
import { startServer } from './benchServer';
import { pullPlan } from './pullPlan';
import type { Mutation } from '../src/shared/protocol';

const TOTAL = 10_000;
const BATCH = 100;
const RATE_SECONDS = 3;
const PG_URL = process.env.DATABASE_URL_TEST || process.env.DATABASE_URL;

function mutations(planId: string, n: number): Mutation[] {
  const clientTime = new Date().toISOString();
  return Array.from({ length: n }, (_, i) => ({
    mutationId: uuidv7(),
    planId,
    recordId: uuidv7(),
    type: 'answer' as const,
    op: 'create' as const,
    fields: {
      words: { value: `An answer written for the benchmark, number ${i}.`, baseRev: 0 },
      scale: { value: SCALE[i % SCALE.length]!, baseRev: 0 },
    },
    clientTime,
  }));
}

async function run(kind: 'sqlite' | 'postgres') {
  const dataDir = await mkdtemp(join(tmpdir(), 'my-review-bench-'));
  const pgSchema = kind === 'postgres' ? `bench_${randomBytes(5).toString('hex')}` : '';
  const server = await startServer({
    BENCH_DATA_DIR: dataDir,
    BENCH_DATABASE_URL: kind === 'postgres' ? PG_URL! : '',
    BENCH_PG_SCHEMA: pgSchema,
  });
  const base = server.base;
  let cookie = '';
  const post = async (path: string, body: unknown) => {
    const res = await fetch(base + path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', origin: base, ...(cookie ? { cookie } : {}) },
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    const set = res.headers.getSetCookie();
    if (set.length) cookie = set[0]!.split(';')[0]!;
    return res.json() as Promise<Record<string, unknown>>;
  };

  try {
    const { challengeId } = await post('/api/auth/email/start', { email: 'bench@example.org' });
    await post('/api/auth/email/verify', { challengeId, code: await server.nextCode() });
    const writer = uuidv7();
    const reader = uuidv7();
    const planId = uuidv7();
    await post('/api/sync/claim', { clientId: writer, planId });

    // 1. One device pushes 10,000 mutations in batches of 100; another pulls all of them.
    const all = mutations(planId, TOTAL);
    const cpuBefore = await server.cpuMs();
    const started = performance.now();
    for (let i = 0; i < TOTAL; i += BATCH) {
      await post('/api/sync/push', { clientId: writer, mutations: all.slice(i, i + BATCH) });
    }
    const pushed = performance.now();
    const pulled = await pullPlan(post, reader, planId);
    const done = performance.now();
    const serverCpu = (await server.cpuMs()) - cpuBefore;
    if (pulled !== TOTAL) throw new Error(`pulled ${pulled} of ${TOTAL}`);
    const s = (ms: number) => (ms / 1000).toFixed(2);
    console.log(
      `sync push+pull ${TOTAL} mutations (${kind}): ${s(done - started)} s  [target ≤ 3 s]` +
        `  (push ${s(pushed - started)} s, pull ${s(done - pushed)} s; server CPU ${s(serverCpu)} s)`,
    );

    // 2. Pushes of 100 new mutations, one after another, for a few seconds.
    let count = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < RATE_SECONDS * 1000) {
      await post('/api/sync/push', { clientId: writer, mutations: mutations(planId, BATCH) });
      count++;
    }
    const rate = count / ((performance.now() - t0) / 1000);
    console.log(
      `sync push of ${BATCH} mutations (${kind}): ${rate.toFixed(0)} requests/s  (${Math.round(rate * BATCH)} mutations/s; one server process)`,
    );
  } finally {
    await server.stop();
    if (pgSchema) {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
      await client.end();
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `sync bench machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} ` +
    '(wall-clock figures include waiting for the CPU; server CPU counts the server process only)',
);
if (!process.env.BENCH_ONLY_PG) await run('sqlite');
if (PG_URL) await run('postgres');
else console.log('sync (postgres): skipped — set DATABASE_URL_TEST or DATABASE_URL to measure it');
