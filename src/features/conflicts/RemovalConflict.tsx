import { useRecord } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import type { ConflictProps } from './FieldConflict';
import { ValueText } from './ValueText';
import { Written } from './Written';

/**
 * A removal met a change. edit-after-delete: the server kept it removed; the change is shown and
 * "keep it" brings it back with the change. delete-after-edit: the server kept it; "remove it"
 * removes it after all.
 */
export function RemovalConflict({ conflict, clientId, choose }: ConflictProps) {
  const t = useT();
  const record = useRecord(conflict.recordId);
  const edited = conflict.kind === 'edit-after-delete';
  const values = edited ? (conflict.other.fields ?? {}) : (record?.data ?? {});
  const changedBy = edited ? conflict.other : conflict.kept;
  return (
    <>
      <p class="conflict__question">
        {edited ? t('conflicts:removal.editedTitle') : t('conflicts:removal.deletedTitle')}{' '}
        {t('conflicts:removal.question')}
      </p>
      <div class="conflict__version">
        {Object.entries(values).map(([field, value]) => (
          <ValueText key={field} value={value} />
        ))}
        <Written author={changedBy} clientId={clientId} />
      </div>
      <div class="button-row">
        <Button onPress={() => choose(edited ? 'other' : 'kept')}>
          {t('conflicts:removal.keepIt')}
        </Button>
        <Button variant="secondary" onPress={() => choose(edited ? 'kept' : 'other')}>
          {t('conflicts:removal.removeIt')}
        </Button>
      </div>
    </>
  );
}
