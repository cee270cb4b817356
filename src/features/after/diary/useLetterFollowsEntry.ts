// A letter kept with a diary entry is part of that entry: its pages are as private as the entry.
// Pages are records of their own (the server checks each record's own flags), so when the entry's
// "Only me" or "For the panel" changes (by the cards, by Undo, or from the person's other tablet)
// the pages take the same flags. Only the person changes privacy; a member never runs this.
import { useEffect } from 'preact/hooks';
import { saveFields, useCurrentPlan, useRecords, type RecordRef } from '../../../data';
import { FOR_PANEL, ONLY_ME } from '../../../shared/sharing';
import { attachmentsOf } from '../attach/attachments';

export function pagesOutOfStep(
  pages: readonly { id: string; record: { data: Readonly<Record<string, unknown>> } }[],
  flags: { onlyMe: boolean; forPanel: boolean },
): string[] {
  return pages
    .filter(
      (p) =>
        (p.record.data[ONLY_ME] === true) !== flags.onlyMe ||
        (p.record.data[FOR_PANEL] === true) !== flags.forPanel,
    )
    .map((p) => p.id);
}

export function useLetterFollowsEntry(
  entryRef: RecordRef,
  data: Readonly<Record<string, unknown>>,
) {
  const plan = useCurrentPlan();
  const records = useRecords(entryRef.planId, 'attachment');
  const onlyMe = data[ONLY_ME] === true;
  const forPanel = data[FOR_PANEL] === true;
  const owner = plan?.role === 'owner' && plan.id === entryRef.planId;
  useEffect(() => {
    if (!owner || !records) return;
    const pages = attachmentsOf(records, 'diary', entryRef.id);
    for (const id of pagesOutOfStep(pages, { onlyMe, forPanel }))
      void saveFields(
        { planId: entryRef.planId, id, type: 'attachment' },
        { [ONLY_ME]: onlyMe, [FOR_PANEL]: forPanel },
      );
  }, [owner, records, entryRef.planId, entryRef.id, onlyMe, forPanel]);
}
