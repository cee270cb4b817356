// Sync benchmarks, on SQLite and (when DATABASE_URL_TEST or DATABASE_URL is set) PostgreSQL.
// The server runs in its own process (bench/syncServer.ts), as in production; this process is
// the devices, over loopback HTTP.
//   - push + pull of 10,000 mutations: one device pushes them in batches of 100, another pulls
//     them all (target ≤ 3 s)
//   - requests per second for a push of 100 mutations
// Run: node --import tsx bench/sync.ts   (one line per figure)
import { cpus, loadavg } from 'node:os';
import { uuidv7 } from '../src/shared/ids';
import { SCALE } from '../src/shared/models/answer';
import { signIn } from './benchClient';
import { PG_URL, startOnFreshDatabase } from './benchServer';
import { pullPlan } from './pullPlan';
import type { Mutation } from '../src/shared/protocol';

const TOTAL = 10_000;
const BATCH = 100;
const RATE_SECONDS = 3;

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
  const server = await startOnFreshDatabase(kind);
  try {
    const { post } = await signIn(server.base, server.nextCode, 'bench@example.org');
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
  }
}

console.log(
  `sync bench machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} ` +
    '(wall-clock figures include waiting for the CPU; server CPU counts the server process only)',
);
if (!process.env.BENCH_ONLY_PG) await run('sqlite');
if (PG_URL) await run('postgres');
else console.log('sync (postgres): skipped — set DATABASE_URL_TEST or DATABASE_URL to measure it');
