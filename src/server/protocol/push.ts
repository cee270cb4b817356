// Push: applies a device's mutations exactly once, in one transaction, ordered by the plan's
// version counter (DESIGN.md §4; sync-reliability.md §1.4). A concurrent edit of the same field is
// never lost (rules.ts). The framework-free core: the route only authenticates and validates.
// In steps: lock the plans and read the membership → skip what was already applied → refuse what
// may not be applied → apply the rest, one plan at a time → answer every mutation in order.
import type { Transaction } from 'kysely';
import type { Mutation, MutationResult, RejectReason } from '../../shared/protocol';
import type { FieldValue, RecordType } from '../../shared/records';
import { areaOf } from '../../shared/models';
import { refusedByModel } from './models';
import { audit, auditRow } from '../audit';
import { bulkInsert, bulkWrite } from '../store/bulk';
import type { Store } from '../store/database';
import { inChunks, inList } from '../store/inList';
import { fromJson, nowIso, toJson } from '../store/json';
import type { ConflictsTable, Database } from '../store/schema';
import { liveMemberships, type Membership } from './members';
import { writeRefusal } from '../../shared/sharing';
import { nextVersion } from './plans';
import { CONSENT_TYPES, watchFamilyConsent } from './familyConsent';
import { loadRecords, newRecord, recordKey, type RecordState } from './records';
import { applyOne, Batch, recordRow, type Actor, type StoredResult } from './rules';

export type { Actor } from './rules';

/** What one push works with: its transaction, and what it has learnt and decided so far. */
interface PushRun {
  trx: Transaction<Database>;
  store: Store;
  actor: Actor;
  /** Every answered mutation: applied before (read back) or in this push. */
  done: Map<string, StoredResult>;
  /** Records the push read or wrote, by recordKey. */
  states: Map<string, RecordState>;
}

/** Applies one device's mutations; answers with one result per mutation, in order. */
export async function push(
  store: Store,
  actor: Actor,
  mutations: Mutation[],
): Promise<MutationResult[]> {
  const planIds = [...new Set(mutations.map((m) => m.planId))].sort();
  return store.db.transaction().execute(async (trx) => {
    const run: PushRun = { trx, store, actor, done: new Map(), states: new Map() };
    const members = await liveMemberships(trx, actor.userId, { planIds, lock: store.dialect });
    // After the locks: a duplicate of this request running concurrently has committed by now.
    await readAlreadyApplied(run, mutations);
    for (const planId of planIds) {
      const member = members.get(planId);
      const mine = mutations.filter((m) => m.planId === planId);
      if (member) await loadStates(run, planId, mine);
      const todo = unique(mine.filter((m) => !run.done.has(m.mutationId)));
      const refused = todo.flatMap((m) => {
        const reason = refusal(member, m, run.states.get(recordKey(planId, m.recordId)));
        return reason ? [{ m, reason }] : [];
      });
      if (refused.length) await storeRefusals(run, planId, member, refused);
      const accepted = todo.filter((m) => !run.done.has(m.mutationId));
      if (accepted.length) await applyToPlan(run, planId, accepted);
    }
    return mutations.map((m) => answer(run, members, m));
  });
}

/** Step 1: the results of mutations this device sent before (a retry or a replay). */
async function readAlreadyApplied(run: PushRun, mutations: Mutation[]): Promise<void> {
  const rows = await inChunks(
    mutations.map((m) => m.mutationId),
    (some) =>
      run.trx
        .selectFrom('applied_mutations')
        .select(['mutation_id', 'result'])
        .where('client_id', '=', run.actor.clientId)
        .where(inList(run.store.dialect, 'mutation_id', some))
        .execute(),
  );
  for (const r of rows) run.done.set(r.mutation_id, fromJson<StoredResult>(r.result));
}

async function loadStates(run: PushRun, planId: string, mine: Mutation[]): Promise<void> {
  const ids = [...new Set(mine.map((m) => m.recordId))];
  for (const r of await loadRecords(run.trx, run.store.dialect, planId, ids))
    run.states.set(r.key, r);
}

/** The same mutation twice in one request counts once. */
function unique(todo: Mutation[]): Mutation[] {
  const seen = new Set<string>();
  return todo.filter((m) => !seen.has(m.mutationId) && seen.add(m.mutationId));
}

/**
 * Step 2: why a mutation may not be applied at all, whatever the plan holds. A refusal is stored
 * and answered with its reason, so the device shows it instead of trying again for ever. (Checks
 * that depend on the record as earlier mutations of this push leave it are in rules.ts.)
 */
function refusal(
  member: Membership | undefined,
  m: Mutation,
  rec: RecordState | undefined,
): RejectReason | undefined {
  if (!member) return 'forbidden';
  // What the member may do, from the one table (src/shared/sharing.ts): judged on the record as
  // the plan holds it (its stored type and flags), so a made-up type cannot open another area.
  const current = rec?.exists ? rec : undefined;
  const type = (current ? current.type : m.type) as RecordType;
  const changes = Object.fromEntries(Object.entries(m.fields).map(([f, c]) => [f, c.value]));
  const denied = writeRefusal(member, type, current?.data, changes);
  if (denied) return denied;
  return refusedByModel(m);
}

async function storeRefusals(
  run: PushRun,
  planId: string,
  member: Membership | undefined,
  refused: { m: Mutation; reason: RejectReason }[],
): Promise<void> {
  const at = nowIso();
  for (const { m, reason } of refused)
    run.done.set(m.mutationId, { status: 'rejected', reason, fields: [] });
  await bulkInsert(
    run.trx,
    run.store.dialect,
    'applied_mutations',
    refused.map(({ m }) => ({
      client_id: run.actor.clientId,
      mutation_id: m.mutationId,
      plan_id: planId,
      user_id: run.actor.userId,
      result: toJson(run.done.get(m.mutationId)),
      version: 0,
      at,
    })),
  );
  // The audit log names the plan only if it exists (a made-up id is not a plan).
  const exists = member
    ? true
    : !!(await run.trx
        .selectFrom('plans')
        .select('id')
        .where('id', '=', planId)
        .executeTakeFirst());
  await audit(run.trx, {
    actor: run.actor.userId,
    planId: exists ? planId : null,
    action: refused.every((r) => r.reason === 'forbidden')
      ? 'sync.push_forbidden'
      : 'sync.push_refused',
    details: { rejected: refused.length },
  });
}

function changedAreas(accepted: Mutation[], results: StoredResult[]): string {
  const areas = accepted
    .filter((_, i) => results[i]?.status !== 'rejected')
    .map((m) => areaOf(m.type));
  return [...new Set(areas)].sort().join(',');
}

/** Step 3: one plan's accepted mutations, in order, as one new version of the plan. */
async function applyToPlan(run: PushRun, planId: string, accepted: Mutation[]): Promise<void> {
  const { trx, store, actor, states } = run;
  const batch = new Batch(actor, planId, await nextVersion(trx, planId));
  const conflictRows = await openedConflicts(run, planId, accepted);
  // A changed age or consent answer may take a family member's consent away: read before and
  // after the write, under the plan's lock, so their very next request is refused.
  const consentWatch = accepted.some((m) =>
    CONSENT_TYPES.includes(states.get(recordKey(planId, m.recordId))?.type ?? m.type),
  )
    ? await watchFamilyConsent(trx, planId)
    : undefined;
  const results: StoredResult[] = [];
  for (const m of accepted) {
    const key = recordKey(planId, m.recordId);
    let rec = states.get(key);
    if (!rec) states.set(key, (rec = newRecord(planId, m.recordId, m.type, m.clientTime)));
    const r = applyOne(batch, rec, m, conflictRows);
    run.done.set(m.mutationId, r);
    results.push(r);
    batch.applied.push({
      client_id: actor.clientId,
      mutation_id: m.mutationId,
      plan_id: planId,
      user_id: actor.userId,
      result: toJson(r),
      version: batch.version,
      at: batch.now,
    });
  }
  const count = (s: StoredResult['status']) => results.filter((r) => r.status === s).length;
  await bulkWrite(trx, store.dialect, [
    {
      table: 'records',
      rows: [...states.values()]
        .filter((r) => r.planId === planId && r.dirty)
        .map((r) => recordRow(r, batch)),
      upsert: {
        keys: ['plan_id', 'id'],
        update: ['data', 'field_revs', 'version', 'deleted', 'updated_at', 'updated_by'],
      },
    },
    { table: 'record_history', rows: batch.history },
    { table: 'conflicts', rows: batch.conflicts },
    { table: 'applied_mutations', rows: batch.applied },
    {
      table: 'audit_log',
      rows: [
        auditRow({
          actor: actor.userId,
          planId,
          action: 'sync.push',
          details: {
            applied: count('applied'),
            conflicts: count('conflict'),
            rejected: count('rejected'),
            resolved: batch.resolved.size,
            version: batch.version,
            // Which areas were changed, for "who changed what" (never the content).
            areas: changedAreas(accepted, results),
          },
        }),
      ],
    },
  ]);
  await consentWatch?.(actor.userId);
  for (const [id, mutationId] of batch.resolved) {
    await trx
      .updateTable('conflicts')
      .set({ resolved_at: batch.now, resolved_by: actor.userId, resolved_mutation_id: mutationId })
      .where('id', '=', id)
      .where('resolved_at', 'is', null)
      .execute();
  }
}

/** The conflicts these mutations answer, as the plan holds them. */
async function openedConflicts(
  run: PushRun,
  planId: string,
  accepted: Mutation[],
): Promise<Map<string, ConflictsTable>> {
  const rows = await inChunks(
    accepted.flatMap((m) => m.resolves ?? []),
    (some) =>
      run.trx
        .selectFrom('conflicts')
        .selectAll()
        .where('plan_id', '=', planId)
        .where(inList(run.store.dialect, 'id', some))
        .execute(),
  );
  return new Map(rows.map((c) => [c.id, c]));
}

/** Step 4: the answer for one mutation, with the server's value now of each field it named. */
function answer(run: PushRun, members: Map<string, Membership>, m: Mutation): MutationResult {
  const stored = run.done.get(m.mutationId)!;
  const out: MutationResult = { mutationId: m.mutationId, status: stored.status };
  if (stored.reason) out.reason = stored.reason;
  const rec = members.has(m.planId) ? run.states.get(recordKey(m.planId, m.recordId)) : undefined;
  // A refusal says nothing of the record: not its fields, not even whether it exists.
  if (rec?.exists && stored.reason !== 'wrong_plan' && stored.reason !== 'forbidden') {
    out.fields = Object.fromEntries(
      stored.fields.map((f) => [
        f,
        { value: (rec.data[f] ?? null) as FieldValue, rev: rec.revs[f]?.rev ?? 0 },
      ]),
    );
    out.deleted = rec.deleted;
  }
  return out;
}
