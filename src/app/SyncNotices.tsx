import { useLocation } from 'preact-iso';
import {
  dismissStoppedSharing,
  useConflicts,
  useOldestPending,
  useRejected,
  useStoppedSharing,
} from '../data';
import { useT } from '../i18n/useT';
import { syncStatus } from '../sync/status';
import { Button } from '../ui/Button';
import { LinkButton } from '../ui/LinkButton';
import { Notice } from '../ui/Notice';
import { useStore } from '../ui/useStore';

const THREE_DAYS_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * What the person needs to know about saving to the server, on every screen: answers to choose
 * between, changes the server could not take, a session that ended, and work that has waited
 * on this tablet for more than three days (a gentle prompt to connect), and a plan someone has
 * stopped sharing with this person (it has left the tablet).
 */
export function SyncNotices() {
  const t = useT();
  const { path } = useLocation();
  const sync = useStore(syncStatus);
  const conflicts = useConflicts() ?? [];
  const rejected = useRejected() ?? [];
  const oldest = useOldestPending();
  const stopped = useStoppedSharing() ?? [];
  const waitingLong = sync.signedIn && !!oldest && Date.now() - Date.parse(oldest) > THREE_DAYS_MS;
  const onConflicts = path === '/conflicts';
  return (
    <>
      {stopped.map((s) => (
        <Notice key={s.planId} title={t('common:sync.stoppedSharingTitle')}>
          <p>
            {s.reason === 'accountErased'
              ? t('common:sync.accountErasedBody')
              : s.reason === 'erased'
                ? t('common:sync.planErasedBody')
                : s.name
                  ? t('common:sync.stoppedSharingBody', { name: s.name })
                  : t('common:sync.stoppedSharingNoName')}
          </p>
          <Button symbol="tick" onPress={() => void dismissStoppedSharing(s.planId)}>
            {t('common:sync.stoppedSharingOk')}
          </Button>
        </Notice>
      ))}
      {conflicts.length > 0 && !onConflicts && (
        <Notice title={t('common:sync.conflictsTitle')}>
          <p>{t('common:sync.conflictsBody')}</p>
          <LinkButton href="/conflicts" symbol="questions" variant="primary">
            {t('common:sync.conflictsLink')}
          </LinkButton>
        </Notice>
      )}
      {rejected.length > 0 && !onConflicts && (
        <Notice title={t('common:sync.rejectedTitle')}>
          <LinkButton href="/conflicts" symbol="warning">
            {t('common:sync.rejectedLink')}
          </LinkButton>
        </Notice>
      )}
      {sync.signedIn && sync.state === 'signedOut' && path !== '/account' && (
        <Notice title={t('common:sync.signInTitle')}>
          <p>{t('common:sync.signInBody')}</p>
          <LinkButton href="/account" symbol="key" variant="primary">
            {t('common:sync.signInLink')}
          </LinkButton>
        </Notice>
      )}
      {waitingLong && sync.state !== 'signedOut' && (
        <Notice title={t('common:sync.waitingTitle')}>
          <p>{t('common:sync.waitingBody')}</p>
          <Button
            symbol="update"
            onPress={() => void import('../sync').then((sync) => sync.syncNow())}
          >
            {t('common:sync.tryNow')}
          </Button>
        </Notice>
      )}
    </>
  );
}
