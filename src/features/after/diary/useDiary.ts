// The diary's data for a screen, read live from the tablet: whose plan, the person's name and
// its entries (a change made in another tab, or arriving from another device, shows at once).
import { useMemo } from 'preact/hooks';
import {
  singletonRef,
  useCurrentPlan,
  useFirstRecordsByDay,
  useRecord,
  useRecords,
} from '../../../data';
import type { StoredRecord } from '../../../data';
import { profileModel } from '../../../shared/models/profile';
import { diaryList, entryFromRecord, hasDetails, isDay, type DiaryEntry } from './entries';

export interface DiaryData {
  planId: string;
  name: string;
  /** Real entries, newest first. */
  entries: DiaryEntry[];
  /** The stored records by id: what "Undo" puts back after a delete. */
  records: Map<string, StoredRecord>;
}

function byId(records: readonly StoredRecord[]): Map<string, StoredRecord> {
  return new Map(records.map((r) => [r.id, r]));
}

/**
 * Every entry; undefined while loading, and while `read` is false (a screen that shows its first
 * entries before it needs them all).
 */
export function useDiary(read = true): DiaryData | undefined {
  const planId = useCurrentPlan()?.id;
  const profile = useRecord(planId ? singletonRef(planId, 'profile').id : undefined);
  const records = useRecords(read ? planId : undefined, 'diary');
  const entries = useMemo(() => (records ? diaryList(records) : undefined), [records]);
  const map = useMemo(() => byId(records ?? []), [records]);
  if (!read || !planId || profile === undefined || !entries) return undefined;
  return { planId, name: profileModel.decode(profile?.data).name.trim(), entries, records: map };
}

/** An entry the first screen may show: a real one, with a day (the list's order is by day). */
function firstScreenEntry(r: StoredRecord): boolean {
  const e = entryFromRecord(r);
  return isDay(e.when) && hasDetails(e);
}

/**
 * The newest `count` entries with a day, read by the diary's own order (an index) without reading
 * the others: the diary's first screen, as quick with 2,000 entries as with 20. They are the same
 * entries, in the same order, as the start of useDiary's list, since entries with no day go last.
 */
export function useFirstEntries(count: number): Omit<DiaryData, 'name'> | undefined {
  const first = useFirstRecordsByDay('diary', count, firstScreenEntry);
  return useMemo(
    () =>
      first?.planId
        ? {
            planId: first.planId,
            entries: first.list.map(entryFromRecord),
            records: byId(first.list),
          }
        : undefined,
    [first],
  );
}
