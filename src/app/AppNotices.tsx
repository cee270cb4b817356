import { useEffect } from 'preact/hooks';
import { databaseNotices } from '../data/notices';
import { useT } from '../i18n/useT';
import { Notice } from '../ui/Notice';
import { useStore } from '../ui/useStore';
import { Lazy } from '../ui/Lazy';
import { updateWaiting } from './serviceWorker';

/** Messages about the app itself, in plain words, at the top of every screen. */
export function AppNotices() {
  const t = useT();
  const n = useStore(databaseNotices);
  const update = useStore(updateWaiting);

  useEffect(() => {
    if (!n.versionChanged) return;
    const timer = setTimeout(() => location.reload(), 1500);
    return () => clearTimeout(timer);
  }, [n.versionChanged]);

  return (
    <>
      {/* Whose plan, when it is not the device owner's (a supporter, a family tablet). */}
      <Lazy
        load={() => import('../features/plans/PlanBanner').then((m) => m.PlanBanner)}
        props={{}}
      />
      {/* Rare (answers to choose, work waiting for days): their code loads after the first screen. */}
      <Lazy load={() => import('./SyncNotices').then((m) => m.SyncNotices)} props={{}} />
      {n.blocked && (
        <Notice title={t('common:database.blockedTitle')}>
          {t('common:database.blockedBody')}
        </Notice>
      )}
      {n.versionChanged && (
        <Notice title={t('common:database.versionTitle')}>
          {t('common:database.versionBody')}
        </Notice>
      )}
      {n.storageFull && (
        <Notice error title={t('common:database.fullTitle')}>
          {t('common:database.fullBody')}
        </Notice>
      )}
      {n.saveFailed && !n.storageFull && (
        <Notice error title={t('common:database.failedTitle')}>
          {t('common:database.failedBody')}
        </Notice>
      )}
      {update && (
        <Lazy load={() => import('./UpdatePrompt').then((m) => m.UpdatePrompt)} props={{}} />
      )}
    </>
  );
}
