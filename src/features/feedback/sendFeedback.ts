import { getRecord, listRecords, newRecordRef, saveRecords, type RecordRef } from '../../data';
import { editingGuard } from '../../ui/editingGuard';
import { noteSaved } from '../forms/saver';
import { versionToSend } from './feedback';

/**
 * "Send": the form as it is now becomes the next version, kept as it was sent. Words still being
 * typed are saved first, so what is sent is what is on the screen.
 */
export async function sendFeedback(ref: RecordRef): Promise<boolean> {
  try {
    await editingGuard.flushAll();
    const fields = (await getRecord(ref.id))?.data ?? {};
    const versions = await listRecords(ref.planId, 'feedbackVersion');
    const now = new Date().toISOString();
    const version = versionToSend(fields, versions, now);
    await saveRecords([
      { ref: newRecordRef(ref.planId, 'feedbackVersion'), fields: version },
      { ref, fields: { sentAt: now, sentVersion: version.version ?? null } },
    ]);
    noteSaved('saved');
    return true;
  } catch {
    noteSaved('failed');
    return false;
  }
}
