// The verbs every screen uses to change a person's data. Each write changes the record AND appends
// one outbox mutation in the same transaction, so what is on the tablet and what is waiting for the
// server can never disagree, even if the tab is closed mid-save (DESIGN.md §3).
import { uuidv7 } from '../shared/ids';
import type { FieldProblem } from '../shared/models/check';
import type { FieldChange, FieldValue, Fields, MutationOp, RecordType } from '../shared/records';
import { db, type MyReviewDb } from './db';
import { cleanUpMediaSoon, droppedMedia, noteReleased } from './mediaRelease';
import { forgetClientIds, getClientId } from './meta';
import { guardWrite, requestPersistenceOnce } from './storage';
import type { OutboxEntry, RecordRef, StoredRecord } from './types';

// Kept here too: tests and older call sites import it from this module.
export { singletonRef } from './recordIds';

export type { RecordRef } from './types';

export interface WriteResult {
  /** The fields this write changed (empty: nothing was different, nothing was written). */
  changed: string[];
  /** Their values before the write (null where there was none): what "undo" puts back. */
  previous: Fields;
}

/** Tests start each case with a fresh database and so a fresh device id. */
export function forgetClientIdCache(): void {
  forgetClientIds();
}

/**
 * A value the record's model does not allow (words over the limit, a choice not on the list). It is
 * refused here, before anything is saved, so the screen can say so beside the field while the
 * person is still there, instead of "Saved on this tablet" and a refusal from the server later.
 */
export class FieldRefusedError extends Error {
  constructor(
    readonly type: RecordType,
    readonly problem: FieldProblem,
  ) {
    super(`${type}.${problem.field}: ${problem.problem}`);
    this.name = 'FieldRefusedError';
  }
}

type Checks = typeof import('../shared/models/check');
let checks: Promise<Checks | null> | undefined;

/**
 * Loads the models' checks (zod: kept off the first screen). The app starts this after the first
 * screen; if it cannot load (offline on a device whose service worker has not cached it yet), a
 * save goes ahead unchecked rather than losing the words, and the server still checks it.
 */
export function loadWriteChecks(): Promise<Checks | null> {
  checks ??= import('../shared/models/check').catch(() => {
    checks = undefined;
    return null;
  });
  return checks;
}

/** Checks writes against their models, before anything is saved. */
async function checkWrites(writes: { ref: RecordRef; fields: Fields }[]): Promise<void> {
  const loaded = await loadWriteChecks();
  for (const { ref, fields } of writes) {
    const problem = loaded?.checkFields(ref.type, fields);
    if (problem) throw new FieldRefusedError(ref.type, problem);
  }
}

export function outboxEntry(
  ref: RecordRef,
  op: MutationOp,
  fields: Record<string, FieldChange>,
  now: string,
): OutboxEntry {
  return {
    mutationId: uuidv7(),
    planId: ref.planId,
    recordId: ref.id,
    type: ref.type,
    op,
    fields,
    clientTime: now,
    status: 'pending',
  };
}

/**
 * A delete that says exactly what it saw: the revision of every field this device has. The server
 * then asks a person instead of removing a change made elsewhere that this device never had.
 */
export function deleteEntry(ref: RecordRef, seen: StoredRecord, now: string): OutboxEntry {
  return { ...outboxEntry(ref, 'delete', {}, now), seen: { ...seen.rev } };
}

function measured<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  return run().finally(() => {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // Some test environments have no User Timing; the figure is for the benchmark only.
    }
  });
}

/**
 * Sets some fields of a record, creating the record if it does not exist yet. (Every verb takes
 * the database last, defaulting to the app's own: the sync tests run several devices at once.)
 */
export async function saveFields(
  ref: RecordRef,
  fields: Fields,
  d: MyReviewDb = db(),
): Promise<WriteResult> {
  const [result] = await saveRecords([{ ref, fields }], d);
  return result!;
}

/**
 * Writes several records in ONE transaction: all of them are saved, or none is. For changes that
 * must never be seen half done, e.g. a consent answer and the history entry that records it.
 */
export async function saveRecords(
  writes: { ref: RecordRef; fields: Fields }[],
  d: MyReviewDb = db(),
): Promise<WriteResult[]> {
  await checkWrites(writes);
  const by = await getClientId(d);
  let dropped = false;
  const results = await measured('db:save', () =>
    guardWrite(() =>
      d.transaction('rw', d.records, d.outbox, d.meta, async () => {
        const now = new Date().toISOString();
        const out: WriteResult[] = [];
        for (const { ref, fields } of writes) {
          const result = await writeFields(d, ref, fields, by, now);
          dropped ||= result.dropped;
          out.push({ changed: result.changed, previous: result.previous });
        }
        return out;
      }),
    ),
  );
  if (results.some((r) => r.changed.length)) void requestPersistenceOnce().catch(() => undefined);
  if (dropped) cleanUpMediaSoon(d);
  return results;
}

/** One record's change and its outbox mutation; runs inside the caller's transaction. */
async function writeFields(
  d: MyReviewDb,
  ref: RecordRef,
  fields: Fields,
  by: string,
  now: string,
): Promise<WriteResult & { dropped: boolean }> {
  const existing = await d.records.get(ref.id);
  if (existing && existing.planId !== ref.planId) throw new Error('Record belongs to another plan');
  const changes: Record<string, FieldChange> = {};
  const previous: Fields = {};
  for (const [name, value] of Object.entries(fields)) {
    const before = existing?.data[name];
    if (existing && !existing.deleted && Object.is(before, value)) continue;
    changes[name] = { value, baseRev: existing?.rev[name] ?? 0 };
    previous[name] = before ?? null;
  }
  const changed = Object.keys(changes);
  if (existing && !existing.deleted && changed.length === 0)
    return { changed, previous, dropped: false };
  const record: StoredRecord = existing
    ? { ...existing, data: { ...existing.data, ...fields }, deleted: false, updatedAt: now, updatedBy: by }
    : {
        planId: ref.planId,
        id: ref.id,
        type: ref.type,
        data: { ...fields },
        rev: {},
        deleted: false,
        createdAt: now,
        updatedAt: now,
        updatedBy: by,
      };
  await d.records.put(record);
  const entry = outboxEntry(ref, existing ? 'patch' : 'create', changes, now);
  await d.outbox.add(entry);
  // A photo or recording this change replaced or removed may now be used by nothing.
  const gone = existing && !existing.deleted ? droppedMedia(existing.data, record.data) : [];
  await noteReleased(d, ref.planId, gone, entry.mutationId);
  return { changed, previous, dropped: gone.length > 0 };
}

export function saveField(
  ref: RecordRef,
  field: string,
  value: FieldValue,
  d: MyReviewDb = db(),
): Promise<WriteResult> {
  return saveFields(ref, { [field]: value }, d);
}

/** A reference for a record not made yet (to make it with others in saveRecords). */
export function newRecordRef(planId: string, type: RecordType): RecordRef {
  return { planId, type, id: uuidv7() };
}

/** Adds a new record to a list (an attendee, an action, a diary entry). */
export async function createRecord(
  planId: string,
  type: RecordType,
  data: Fields = {},
  d: MyReviewDb = db(),
): Promise<RecordRef> {
  const ref = newRecordRef(planId, type);
  await saveFields(ref, data, d);
  return ref;
}

/**
 * Removes a record from the person's view. It stays as a tombstone so other devices learn it was
 * removed, and an edit made elsewhere meanwhile becomes a question for a person, not a resurrection.
 */
export async function deleteRecord(ref: RecordRef, d: MyReviewDb = db()): Promise<void> {
  const by = await getClientId(d);
  const dropped = await guardWrite(() => {
    return d.transaction('rw', d.records, d.outbox, d.meta, async () => {
      const existing = await d.records.get(ref.id);
      if (!existing || existing.deleted) return false;
      const now = new Date().toISOString();
      await d.records.put({ ...existing, deleted: true, updatedAt: now, updatedBy: by });
      const entry = deleteEntry(ref, existing, now);
      await d.outbox.add(entry);
      const gone = droppedMedia(existing.data, {});
      await noteReleased(d, ref.planId, gone, entry.mutationId);
      return gone.length > 0;
    });
  });
  if (dropped) cleanUpMediaSoon(d);
}

/** The records of one kind in a plan, oldest first, without removed ones. */
export async function listRecords(
  planId: string,
  type: RecordType,
  d: MyReviewDb = db(),
): Promise<StoredRecord[]> {
  const rows = await d.records.where('[planId+type]').equals([planId, type]).toArray();
  return rows.filter((r) => !r.deleted).sort(byCreation);
}

export async function getRecord(
  id: string,
  d: MyReviewDb = db(),
): Promise<StoredRecord | undefined> {
  const r = await d.records.get(id);
  return r && !r.deleted ? r : undefined;
}

function byCreation(a: StoredRecord, b: StoredRecord): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/** The index that lists records by their day ("when", YYYY-MM-DD), then by id. */
const BY_DAY = '[planId+type+data.when+id]';

/**
 * The first `count` records of a kind, newest day first (and, on one day, newest id first), that
 * `keep` accepts; removed ones are skipped. Only records whose day looks like YYYY-MM-DD are in
 * this order: the rest are for the full list (listRecords). Reads only as far as it needs to.
 */
export async function firstRecordsByDay(
  planId: string,
  type: RecordType,
  count: number,
  keep: (r: StoredRecord) => boolean,
  d: MyReviewDb = db(),
): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  await d.records
    .where(BY_DAY)
    .between([planId, type, '0000-00-00', ''], [planId, type, '9999-99-99\uffff', '\uffff'])
    .reverse()
    .until(() => out.length >= count)
    .each((r) => {
      if (!r.deleted && out.length < count && keep(r)) out.push(r);
    });
  return out;
}
