import { getRecord, listRecords, newRecordRef, saveRecords, type RecordRef } from '../../data';
import { editingGuard } from '../../ui/editingGuard';
import { noteSaved } from '../forms/saver';
import { versionToFinish } from './feedback';

/**
 * "Finished": the form as it is now becomes the next version, kept as it was. Nothing is sent;
 * the person prints or shares it. Words still being typed are saved first, so the finished copy
 * is what is on the screen.
 */
export async function finishFeedback(ref: RecordRef): Promise<boolean> {
  try {
    await editingGuard.flushAll();
    const fields = (await getRecord(ref.id))?.data ?? {};
    const versions = await listRecords(ref.planId, 'feedbackVersion');
    const version = versionToFinish(fields, versions, new Date().toISOString());
    await saveRecords([{ ref: newRecordRef(ref.planId, 'feedbackVersion'), fields: version }]);
    noteSaved('saved');
    return true;
  } catch {
    noteSaved('failed');
    return false;
  }
}
