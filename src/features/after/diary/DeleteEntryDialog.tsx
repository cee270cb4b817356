import { useRef } from 'preact/hooks';
import type { RecordRef, StoredRecord } from '../../../data';
import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { removeWithUndo } from '../../forms/saver';
import { focusSaveNote } from '../../forms/SaveNote';

/**
 * "Delete this entry?": one dialog for the whole list, asking about the entry whose Delete was
 * pressed (null: closed). One rather than one in each card, so the list is quicker to show.
 */
export default function DeleteEntryDialog({
  record,
  onClose,
}: {
  record: StoredRecord | null;
  onClose: () => void;
}) {
  const t = useT();
  // The entry asked about, kept while the dialog closes.
  const asked = useRef(record);
  if (record) asked.current = record;
  return (
    <Dialog
      isOpen={record !== null}
      onClose={onClose}
      title={t('diary:list.deleteTitle')}
      role="alertdialog"
    >
      <p>{t('diary:list.deleteBody')}</p>
      <div class="button-row">
        <Button
          variant="warning"
          onPress={async () => {
            const gone = asked.current;
            onClose();
            if (!gone) return;
            const ref: RecordRef = { planId: gone.planId, id: gone.id, type: 'diary' };
            // "Put it back" returns this same record, with every field it had.
            await removeWithUndo(ref, gone.data);
            focusSaveNote();
          }}
        >
          {t('diary:list.deleteYes')}
        </Button>
        <Button variant="secondary" onPress={onClose}>
          {t('diary:list.deleteNo')}
        </Button>
      </div>
    </Dialog>
  );
}
