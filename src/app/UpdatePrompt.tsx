import { useEffect, useState } from 'preact/hooks';
import { usePendingCount } from '../data';
import { useT } from '../i18n/useT';
import { Button } from '../ui/Button';
import { editingGuard } from '../ui/editingGuard';
import { useStore } from '../ui/useStore';
import { updateNow, updateWaiting } from './serviceWorker';
import { syncStatus } from '../sync/status';

/**
 * "A new version is ready", offered only when nothing is waiting to be saved and no form or
 * dialog is open. It never reloads by itself: the person chooses when.
 */
export function UpdatePrompt() {
  const t = useT();
  const waiting = useStore(updateWaiting);
  const pending = usePendingCount();
  const sync = useStore(syncStatus);
  const [busy, setBusy] = useState(editingGuard.isBusy());
  const [later, setLater] = useState(false);
  useEffect(() => editingGuard.subscribe(setBusy), []);

  // Work waiting for the server only blocks the update when there is a server to send it to;
  // on a tablet used without an account, everything is already saved where it will stay.
  const unsent = sync.signedIn && (pending ?? 1) > 0;
  if (!waiting || later || busy || unsent) return null;
  return (
    <section class="notice no-print" aria-labelledby="update-title">
      <h2 id="update-title" class="notice__title">
        {t('common:update.title')}
      </h2>
      <p>{t('common:update.body')}</p>
      <div class="button-row">
        <Button symbol="update" onPress={() => void updateNow()}>
          {t('common:update.now')}
        </Button>
        <Button variant="secondary" onPress={() => setLater(true)}>
          {t('common:update.later')}
        </Button>
      </div>
    </section>
  );
}
