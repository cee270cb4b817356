// Live queries about what the server and other people changed: questions waiting for the person,
// changes the server could not take, who wrote a record. Each re-renders when that changes.
import { useLiveQuery } from './liveQuery';
import { db } from './db';
import { listConflicts } from './conflicts';
import { listRejected, oldestPendingTime } from './outbox';
import { getRecord } from './records';
import { getClientId, listStoppedSharing, type StoppedSharing } from './meta';
import type { OutboxEntry, StoredConflict } from './types';
import { getWriters, writerOf, type Writer } from './writers';

/** When the oldest change still waiting for the server was made, or null when none waits. */
export function useOldestPending(): string | null | undefined {
  return useLiveQuery(async () => (await oldestPendingTime()) ?? null);
}

/** This device's id: tells "written on this tablet" from "written on another device". */
export function useClientId(): string | undefined {
  return useLiveQuery(() => getClientId());
}

/** The questions waiting for the person: in one plan, or on this device. */
export function useConflicts(planId?: string): StoredConflict[] | undefined {
  return useLiveQuery(() => listConflicts(planId), [planId]);
}

/** Changes the server could not take, kept so the person can see them. */
export function useRejected(): OutboxEntry[] | undefined {
  return useLiveQuery(() => listRejected());
}

/** People who stopped sharing their plan with this person, not yet read. */
export function useStoppedSharing(): StoppedSharing[] | undefined {
  return useLiveQuery(() => listStoppedSharing());
}

/**
 * Who last wrote a record ("Alex (supporter) wrote this", "You wrote this"); undefined while
 * loading or when nothing is worth saying (nobody else writes in this plan).
 */
export function useWriter(recordId: string | undefined): Writer | undefined {
  return useLiveQuery(async () => {
    if (!recordId) return undefined;
    const record = await getRecord(recordId);
    const plan = record ? await db().plans.get(record.planId) : undefined;
    if (!record || !plan) return undefined;
    return writerOf(record, plan, await getWriters(plan.id));
  }, [recordId]);
}
