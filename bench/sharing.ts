// Sharing benchmarks, on SQLite and (when DATABASE_URL_TEST or DATABASE_URL is set) PostgreSQL:
//   - a member's pull of a 10,000-record plan with permissions and private items, against the
//     owner's pull of the same plan (target: the member's within 1.5× of the owner's)
//   - the cost of the permission check per push: a member's push of 100 changes against the
//     owner's same push (the owner is never checked), and the check alone, in this process
// Run: node --import tsx bench/sharing.ts   (one line per figure)
import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { uuidv7 } from '../src/shared/ids';
import { MODELS } from '../src/shared/models';
import type { Mutation } from '../src/shared/protocol';
import type { RecordType } from '../src/shared/records';
import { ROLE_DEFAULTS, writeRefusal, type Permission } from '../src/shared/sharing';
import { signIn, type Client } from './benchClient';
import { PG_URL, startOnFreshDatabase } from './benchServer';
import { pullPlan } from './pullPlan';

const TOTAL = 10_000;
const BATCH = 100;
const PHOTOS = 20;
const RUNS = 3;
const PUSHES = 30;
/** A supporter as the person would usually set one up, who may also see photos. */
const MEMBER: Permission[] = [...ROLE_DEFAULTS.supporter, 'seeMedia'];
/** The plan's mix: mostly answers, then the other areas, so a member sees about half. */
const MIX: RecordType[] = [
  ...Array<RecordType>(8).fill('answer'),
  'question',
  'question',
  'diary',
  'diary',
  'diary',
  'action',
  'attendee',
  'attendee',
  'feedback',
  'feedback',
  'consent',
  'media',
];

/** A free-text field of each type (not a date or a time, which have a format). */
const TEXT_FIELDS = ['words', 'text', 'name', 'what', 'helperName', 'parentName', 'label'];
const textField = (type: RecordType) => TEXT_FIELDS.find((f) => f in MODELS[type].fields);

function photo(i: number): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1]),
    Buffer.from(`bench photo ${i}`),
  ]);
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function planRecords(planId: string): Mutation[] {
  const clientTime = new Date().toISOString();
  return Array.from({ length: TOTAL }, (_, i) => {
    const type = MIX[i % MIX.length]!;
    const fields: Mutation['fields'] = {};
    const text = textField(type);
    if (text) fields[text] = { value: `Words written for the benchmark, number ${i}.`, baseRev: 0 };
    if (type === 'media') fields.sha256 = { value: sha(photo(i % PHOTOS)), baseRev: 0 };
    // One in ten is "Only me"; one in seven is "for the panel".
    if (i % 10 === 3) fields.onlyMe = { value: true, baseRev: 0 };
    if (i % 7 === 5) fields.forPanel = { value: true, baseRev: 0 };
    return {
      mutationId: uuidv7(),
      planId,
      recordId: uuidv7(),
      type,
      op: 'create',
      fields,
      clientTime,
    };
  });
}

/** A whole pull of the plan from nothing, as a new device does; how many records it got. */
async function pullAll(c: Client, planId: string): Promise<{ ms: number; records: number }> {
  const clientId = uuidv7();
  const t0 = performance.now();
  const records = await pullPlan(c.post, clientId, planId);
  return { ms: performance.now() - t0, records };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function run(kind: 'sqlite' | 'postgres') {
  const server = await startOnFreshDatabase(kind);
  try {
    const owner = await signIn(server.base, server.nextCode, 'sam@example.org');
    const member = await signIn(server.base, server.nextCode, 'alex@example.org');
    const planId = uuidv7();
    const writer = uuidv7();
    await owner.post('/api/sync/claim', { clientId: writer, planId });
    for (let i = 0; i < PHOTOS; i++)
      await owner.call('PUT', `/api/media/${sha(photo(i))}`, photo(i), {
        'content-type': 'image/jpeg',
        'x-plan-id': planId,
      });
    const all = planRecords(planId);
    for (let i = 0; i < TOTAL; i += BATCH)
      await owner.post('/api/sync/push', { clientId: writer, mutations: all.slice(i, i + BATCH) });
    const { token } = (await owner.post(`/api/plans/${planId}/invitations`, {
      role: 'supporter',
      permissions: MEMBER,
      name: 'Alex',
    })) as { token: string };
    await member.post('/api/invitations/accept', { token });
    await owner.post(`/api/plans/${planId}/members/${member.userId}/confirm`, {});

    // 1. Whole pulls, owner and member in turn, a few times each; the median of each.
    const ownerRuns: number[] = [];
    const memberRuns: number[] = [];
    let seen = { owner: 0, member: 0 };
    const cpuBefore = await server.cpuMs();
    let cpuOwner = 0;
    let cpuMember = 0;
    for (let r = 0; r < RUNS; r++) {
      const c0 = await server.cpuMs();
      const o = await pullAll(owner, planId);
      const c1 = await server.cpuMs();
      const m = await pullAll(member, planId);
      const c2 = await server.cpuMs();
      cpuOwner += c1 - c0;
      cpuMember += c2 - c1;
      ownerRuns.push(o.ms);
      memberRuns.push(m.ms);
      seen = { owner: o.records, member: m.records };
    }
    void cpuBefore;
    if (seen.owner !== TOTAL) throw new Error(`the owner pulled ${seen.owner} of ${TOTAL}`);
    const ratio = median(memberRuns) / median(ownerRuns);
    const cpuRatio = cpuMember / cpuOwner;
    console.log(
      `sharing: member pull of a ${TOTAL}-record plan (${kind}): ${median(memberRuns).toFixed(0)} ms ` +
        `vs owner ${median(ownerRuns).toFixed(0)} ms = ${ratio.toFixed(2)}× [target ≤ 1.5×]  ` +
        `(member sees ${seen.member} records; server CPU ${(cpuMember / RUNS).toFixed(0)} vs ${(cpuOwner / RUNS).toFixed(0)} ms = ${cpuRatio.toFixed(2)}×)`,
    );

    // 2. Pushes of 100 changes to answers the member may write, owner and member in turn.
    const answers = all.filter((m) => m.type === 'answer' && !m.fields.onlyMe);
    const memberClient = uuidv7();
    const times = { owner: [] as number[], member: [] as number[] };
    for (let i = 0; i < PUSHES; i++) {
      for (const [who, c, clientId] of [
        ['owner', owner, writer],
        ['member', member, memberClient],
      ] as const) {
        const batch = answers.slice((i * BATCH) % (answers.length - BATCH)).slice(0, BATCH);
        const mutations = batch.map((m) => ({
          ...m,
          mutationId: uuidv7(),
          op: 'patch' as const,
          fields: { words: { value: `${who} ${i}`, baseRev: 0 } },
        }));
        const t0 = performance.now();
        await c.post('/api/sync/push', { clientId, mutations });
        times[who].push(performance.now() - t0);
      }
    }
    const perPush = median(times.member) - median(times.owner);
    console.log(
      `sharing: push of ${BATCH} changes (${kind}): member ${median(times.member).toFixed(1)} ms vs owner ` +
        `${median(times.owner).toFixed(1)} ms: the permission check costs ${perPush.toFixed(1)} ms a push ` +
        `(${((perPush / BATCH) * 1000).toFixed(0)} µs a change)`,
    );
  } finally {
    await server.stop();
  }
}

/** The check alone, in this process: what the server runs for each change a member sends. */
function checkAlone() {
  const access = { role: 'supporter' as const, permissions: MEMBER };
  const current = { words: 'Something already written', onlyMe: false };
  const changes = { words: 'New words' };
  const n = 1_000_000;
  let refused = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (writeRefusal(access, 'answer', current, changes)) refused++;
  const ns = ((performance.now() - t0) * 1e6) / n;
  if (refused) throw new Error('the check refused an allowed change');
  console.log(`sharing: the permission check alone: ${ns.toFixed(0)} ns a change (in process)`);
}

console.log(
  `sharing bench machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`,
);
checkAlone();
if (!process.env.BENCH_ONLY_PG) await run('sqlite');
if (PG_URL) await run('postgres');
else
  console.log('sharing (postgres): skipped — set DATABASE_URL_TEST or DATABASE_URL to measure it');
