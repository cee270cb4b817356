import { useState } from 'preact/hooks';
import {
  resolveConflict,
  useClientId,
  useConflicts,
  useRejected,
  type ConflictChoice,
  type StoredConflict,
} from '../../data';
import { useT } from '../../i18n/useT';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { ConflictAbout } from './ConflictAbout';
import { FieldConflict } from './FieldConflict';
import { RejectedChanges } from './RejectedChanges';
import { RemovalConflict } from './RemovalConflict';
import './conflicts.css';

/** Every answer that was changed on two devices, for the person to choose; and refused changes. */
export default function ConflictsPage() {
  const t = useT();
  const conflicts = useConflicts();
  const rejected = useRejected() ?? [];
  const clientId = useClientId();
  const [saved, setSaved] = useState(false);

  async function choose(conflict: StoredConflict, choice: ConflictChoice) {
    await resolveConflict(conflict, choice);
    setSaved(true);
    // The answered question leaves the page: put the person at the start of what is left.
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }

  return (
    <PageFrame title={t('conflicts:title')} symbol="questions" lede={t('conflicts:lede')}>
      <LiveStatus>{saved ? t('conflicts:saved') : null}</LiveStatus>
      {conflicts && conflicts.length === 0 && (
        <p class="conflict-none">
          <Picture symbol="tick" alt="" size="small" />
          <span>{t('conflicts:none')}</span>
        </p>
      )}
      <ul class="conflict-list">
        {conflicts?.map((c) => (
          <li key={c.id} class="card conflict">
            <ConflictAbout conflict={c} />
            {c.kind === 'field' ? (
              <FieldConflict conflict={c} clientId={clientId} choose={(x) => void choose(c, x)} />
            ) : (
              <RemovalConflict conflict={c} clientId={clientId} choose={(x) => void choose(c, x)} />
            )}
          </li>
        ))}
      </ul>
      <RejectedChanges entries={rejected} />
    </PageFrame>
  );
}
