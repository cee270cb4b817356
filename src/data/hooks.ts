// Live queries for screens: each re-renders when the data it shows changes, in this tab or another.
// What the first screen reads is here; what the server and other people changed is in statusHooks.ts
// (kept apart so the first screen's script does not carry conflicts, refused changes and writers).
import { useLiveQuery } from './liveQuery';
import { useEffect, useState } from 'preact/hooks';
import type { RecordType } from '../shared/records';
import type { DeviceSettings } from '../shared/settings';
import { db } from './db';
import { countPending } from './outbox';
import { getCurrentPlanId, listPlanChoices, type PlanChoice } from './plans';
import { firstRecordsByDay, getRecord, listRecords } from './records';
import { getSettings } from './settings';
import { getMedia } from './media';
import type { Plan, StoredRecord } from './types';
import { singletonRef } from './recordIds';

export function useCurrentPlan(): Plan | undefined {
  return useLiveQuery(async () => {
    const id = await getCurrentPlanId();
    return id ? db().plans.get(id) : undefined;
  });
}

/**
 * The current plan and one of its single records (Home's profile), in one query: the first screen
 * waits for one read, not for the plan's and then, a render later, the record's. undefined while
 * loading; record is null when the plan has none yet (or there is no plan yet).
 */
export function useCurrentPlanSingleton(
  type: RecordType,
): { plan: Plan | undefined; record: StoredRecord | null } | undefined {
  const result = useLiveQuery(async () => {
    const id = await getCurrentPlanId();
    const plan = id ? await db().plans.get(id) : undefined;
    const record = plan ? ((await getRecord(singletonRef(plan.id, type).id)) ?? null) : null;
    return { type, plan, record };
  }, [type]);
  return result?.type === type ? result : undefined;
}

/** Every plan on this device with whose it is; undefined while loading. */
export function usePlanChoices(): PlanChoice[] | undefined {
  return useLiveQuery(() => listPlanChoices());
}

// useLiveQuery keeps its last result while a query with new arguments runs. Each hook below tags
// its result with the arguments it was for, and answers "loading" (undefined) until the result is
// for the arguments asked now: a screen never shows one record's data under another's name.

/** undefined while loading; then the list (possibly empty). */
export function useRecords(planId: string | undefined, type: RecordType): StoredRecord[] | undefined {
  const key = `${planId}|${type}`;
  const result = useLiveQuery(
    async () => ({ key, list: planId ? await listRecords(planId, type) : [] }),
    [key],
  );
  return result?.key === key ? result.list : undefined;
}

/**
 * The current plan's first records of a kind by day, newest first (firstRecordsByDay): a long
 * list's first screen, read without reading the rest, in one query with the plan (not the plan,
 * then a render later the records). `keep` must be the same function on every render.
 * undefined while loading; no planId when there is no plan yet.
 */
export function useFirstRecordsByDay(
  type: RecordType,
  count: number,
  keep: (r: StoredRecord) => boolean,
): { planId: string | undefined; list: StoredRecord[] } | undefined {
  const key = `${type}|${count}`;
  const result = useLiveQuery(async () => {
    const planId = await getCurrentPlanId();
    return { key, planId, list: planId ? await firstRecordsByDay(planId, type, count, keep) : [] };
  }, [key, keep]);
  // The answer itself, not a copy: screens use it as a dependency of their effects.
  return result?.key === key ? result : undefined;
}

/**
 * undefined while loading; null when there is no such record. Undefined again while a new id is
 * read, rather than the previous id's answer (a stale "no record" made Home ask for a name it had).
 */
export function useRecord(id: string | undefined): StoredRecord | null | undefined {
  const result = useLiveQuery(
    async () => ({ id, record: id ? ((await getRecord(id)) ?? null) : null }),
    [id],
  );
  return result && result.id === id ? result.record : undefined;
}

/** undefined while loading: the app shell then uses the copy read before first paint. */
export function useSettings(): DeviceSettings | undefined {
  return useLiveQuery(getSettings);
}

export function usePendingCount(): number | undefined {
  return useLiveQuery(() => countPending());
}

/**
 * An object URL for a stored photo or recording, for <img> and <audio>. It is made from the bytes
 * on the device (so it works offline) and released when the screen no longer shows it.
 */
export function useMediaUrl(sha256: string | null | undefined): string | undefined {
  const result = useLiveQuery(
    async () => ({ sha256, media: sha256 ? ((await getMedia(sha256)) ?? null) : null }),
    [sha256],
  );
  const media = result && result.sha256 === sha256 ? result.media : undefined;
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

/**
 * Object URLs for several stored photos at once (the person's own photos for the pictures), keyed
 * by their hash; released when they are no longer shown.
 */
export function useMediaUrls(sha256s: string[]): Map<string, string> {
  const key = [...new Set(sha256s)].sort().join(',');
  const media = useLiveQuery(
    async () => (key ? db().media.bulkGet(key.split(',')) : []),
    [key],
  );
  const [urls, setUrls] = useState<Map<string, string>>(() => new Map());
  useEffect(() => {
    const next = new Map<string, string>();
    for (const m of media ?? []) {
      if (m) next.set(m.sha256, URL.createObjectURL(new Blob([m.bytes], { type: m.mime })));
    }
    setUrls(next);
    return () => next.forEach((url) => URL.revokeObjectURL(url));
  }, [media]);
  return urls;
}
