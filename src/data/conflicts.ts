// Conflicts: two versions of one answer met on the server and neither was thrown away. The person
// chooses; their choice is itself a change that syncs (op 'resolve'), so every device closes the
// question, and the server's history keeps both versions anyway.
import type { FieldChange, FieldValue } from '../shared/records';
import { db, type MyReviewDb } from './db';
import { getClientId } from './meta';
import { deleteEntry, outboxEntry, type RecordRef } from './records';
import { guardWrite } from './storage';
import type { OutboxEntry, StoredConflict } from './types';

/**
 * kept: the version the server kept (for a removal: leave it removed / keep the record).
 * other: the version that came second (for a removal: bring it back / remove it).
 * both: two texts, one after the other.
 */
export type ConflictChoice = 'kept' | 'other' | 'both';

export async function listConflicts(
  planId?: string,
  d: MyReviewDb = db(),
): Promise<StoredConflict[]> {
  const rows = planId
    ? await d.conflicts.where('planId').equals(planId).toArray()
    : await d.conflicts.toArray();
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** "Keep both" only makes sense for two pieces of writing. */
export function canKeepBoth(c: StoredConflict): boolean {
  return c.kind === 'field' && typeof c.kept.value === 'string' && typeof c.other.value === 'string';
}

export function bothTexts(c: StoredConflict): FieldValue {
  return `${String(c.kept.value).trimEnd()}\n\n${String(c.other.value).trimStart()}`;
}

export async function resolveConflict(
  conflict: StoredConflict,
  choice: ConflictChoice,
  d: MyReviewDb = db(),
): Promise<void> {
  const by = await getClientId(d);
  await guardWrite(() =>
    d.transaction('rw', d.records, d.outbox, d.conflicts, async () => {
      const rec = await d.records.get(conflict.recordId);
      if (!rec || rec.planId !== conflict.planId) {
        await d.conflicts.delete(conflict.id);
        return;
      }
      const now = new Date().toISOString();
      const ref: RecordRef = { planId: rec.planId, id: rec.id, type: rec.type };
      const fields: Record<string, FieldChange> = {};
      const data = { ...rec.data };
      let deleted = rec.deleted;
      const after: OutboxEntry[] = [];
      const set = (field: string, value: FieldValue) => {
        fields[field] = { value, baseRev: rec.rev[field] ?? 0 };
        data[field] = value;
      };

      if (conflict.kind === 'field') {
        if (choice === 'other') set(conflict.field, conflict.other.value);
        if (choice === 'both') set(conflict.field, canKeepBoth(conflict) ? bothTexts(conflict) : conflict.other.value);
      } else if (conflict.kind === 'edit-after-delete') {
        if (choice !== 'kept') {
          for (const [f, v] of Object.entries(conflict.other.fields ?? {})) set(f, v);
          deleted = false;
        }
      } else if (choice !== 'kept') {
        // delete-after-edit, and the person chose to remove it after all.
        deleted = true;
        after.push(deleteEntry(ref, rec, now));
      }

      await d.outbox.add({ ...outboxEntry(ref, 'resolve', fields, now), resolves: [conflict.id] });
      for (const e of after) await d.outbox.add(e);
      await d.records.put({ ...rec, data, deleted, updatedAt: now, updatedBy: by });
      await d.conflicts.delete(conflict.id);
    }),
  );
}
