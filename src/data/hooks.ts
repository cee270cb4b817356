// Live queries for screens: each re-renders when the data it shows changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'preact/hooks';
import type { RecordType } from '../shared/records';
import type { DeviceSettings } from '../shared/settings';
import { db } from './db';
import { listConflicts } from './conflicts';
import { countPending, listRejected, oldestPendingTime } from './outbox';
import { getCurrentPlanId } from './plans';
import { getRecord, listRecords } from './records';
import { getSettings } from './settings';
import { getMedia } from './media';
import { getClientId } from './meta';
import type { OutboxEntry, Plan, StoredConflict, StoredRecord } from './types';

export function useCurrentPlan(): Plan | undefined {
  return useLiveQuery(async () => {
    const id = await getCurrentPlanId();
    return id ? db().plans.get(id) : undefined;
  });
}

/** undefined while loading; then the list (possibly empty). */
export function useRecords(planId: string | undefined, type: RecordType): StoredRecord[] | undefined {
  return useLiveQuery(
    () => (planId ? listRecords(planId, type) : Promise.resolve([])),
    [planId, type],
  );
}

/** undefined while loading; null when there is no such record. */
export function useRecord(id: string | undefined): StoredRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await getRecord(id)) ?? null) : null), [id]);
}

/** undefined while loading: the app shell then uses the copy read before first paint. */
export function useSettings(): DeviceSettings | undefined {
  return useLiveQuery(getSettings);
}

export function usePendingCount(): number | undefined {
  return useLiveQuery(() => countPending());
}

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

/**
 * An object URL for a stored photo or recording, for <img> and <audio>. It is made from the bytes
 * on the device (so it works offline) and released when the screen no longer shows it.
 */
export function useMediaUrl(sha256: string | null | undefined): string | undefined {
  const media = useLiveQuery(async () => (sha256 ? ((await getMedia(sha256)) ?? null) : null), [sha256]);
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!media) {
      setUrl(undefined);
      return;
    }
    const next = URL.createObjectURL(new Blob([media.bytes], { type: media.mime }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [media]);
  return url;
}
