import type { SymbolId } from '../content/symbols';
import { usePendingCount } from '../data/hooks';
import { useT } from '../i18n/useT';
import { formatWhen } from '../i18n/when';
import { syncStatus, type SyncStatus } from '../sync/status';
import { LiveStatus } from '../ui/LiveStatus';
import { Picture } from '../ui/Picture';
import { useStore } from '../ui/useStore';

export type SaveState = SyncStatus['state'];

const SYMBOLS: Record<SaveState, SymbolId> = {
  local: 'tick',
  saving: 'update',
  saved: 'tick',
  // Not connected, but the work is safe on this tablet: a signal-bars picture said the opposite.
  offline: 'tablet',
  error: 'warning',
  signedOut: 'key',
};

/** The words of the status line, without data: also rendered into index.html at build time. */
export function SaveStatusView({
  state = 'local',
  lastServerSave = null,
}: {
  state?: SaveState;
  lastServerSave?: string | null;
}) {
  const t = useT();
  const showLast = lastServerSave && state !== 'local' && state !== 'saving';
  return (
    <LiveStatus class={`save-status save-status--${state}`}>
      <Picture symbol={SYMBOLS[state]} alt="" size="icon" />
      <span>{t(`common:status.${state}`)}</span>
      {showLast && (
        <span class="save-status__when">
          {t('common:status.lastSave', { when: formatWhen(lastServerSave) })}
        </span>
      )}
    </LiveStatus>
  );
}

/**
 * Where the person's work is, in words, on every screen: on this tablet, on its way to the
 * server, all on the server (and since when), or not connected but safe.
 */
export function SaveStatus() {
  const sync = useStore(syncStatus);
  const pending = usePendingCount() ?? 0;
  let state: SaveState = sync.signedIn ? sync.state : 'local';
  // A change made since the last round is on the tablet until the next round takes it.
  if (state === 'saved' && pending > 0) state = 'local';
  return (
    <SaveStatusView state={state} lastServerSave={sync.signedIn ? sync.lastServerSave : null} />
  );
}
