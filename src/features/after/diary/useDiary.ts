// The diary's data for a screen, read live from the tablet: whose plan, the person's name and
// every entry (a change made in another tab, or arriving from another device, shows at once).
import { singletonRef, useCurrentPlan, useRecord, useRecords } from '../../../data';
import { profileModel } from '../../../shared/models/profile';
import { diaryList, type DiaryEntry } from './entries';
import { useMemo } from 'preact/hooks';
import type { StoredRecord } from '../../../data';

export interface DiaryData {
  planId: string;
  name: string;
  /** Real entries, newest first. */
  entries: DiaryEntry[];
  /** The stored records by id: what "Undo" puts back after a delete. */
  records: Map<string, StoredRecord>;
}

/** undefined while loading. */
export function useDiary(): DiaryData | undefined {
  const planId = useCurrentPlan()?.id;
  const profile = useRecord(planId ? singletonRef(planId, 'profile').id : undefined);
  const records = useRecords(planId, 'diary');
  const entries = useMemo(() => (records ? diaryList(records) : undefined), [records]);
  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
  if (!planId || profile === undefined || !entries) return undefined;
  return { planId, name: profileModel.decode(profile?.data).name.trim(), entries, records: byId };
}
