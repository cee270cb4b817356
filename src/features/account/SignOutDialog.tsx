import { useEffect, useState } from 'preact/hooks';
import { signOut, unsentCount, type SignOutResult } from '../../sync';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/**
 * Signing out asks first. Work not yet on the server is never removed: the person is told it
 * stays on this tablet. With everything saved, they choose to keep their plan here or remove it.
 */
export function SignOutDialog({
  isOpen,
  onClose,
  onDone,
}: {
  isOpen: boolean;
  onClose: () => void;
  onDone: (result: SignOutResult) => void;
}) {
  const t = useT();
  const [unsent, setUnsent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!isOpen) return;
    setUnsent(null);
    void unsentCount().then(setUnsent);
  }, [isOpen]);

  const go = async (keepOnDevice: boolean) => {
    setBusy(true);
    try {
      onDone(await signOut({ keepOnDevice }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      role="alertdialog"
      isDismissable={false}
      title={unsent ? t('account:signOut.unsentTitle') : t('account:signOut.title')}
    >
      {unsent === null && <p>{t('account:signOut.checking')}</p>}
      {unsent !== null && unsent > 0 && (
        <>
          <p>{t('account:signOut.unsent', { count: unsent })}</p>
          <p>{t('account:signOut.unsentKeep')}</p>
          <div class="button-row">
            <Button onPress={onClose}>{t('account:signOut.stay')}</Button>
            <Button variant="secondary" symbol="door" isDisabled={busy} onPress={() => go(true)}>
              {t('account:signOut.unsentSignOut')}
            </Button>
          </div>
        </>
      )}
      {unsent === 0 && (
        <>
          <p>{t('account:signOut.saved')}</p>
          <p>{t('account:signOut.keepQuestion')}</p>
          <p>{t('account:signOut.keepHint')}</p>
          <div class="button-column">
            <Button symbol="door" isDisabled={busy} onPress={() => go(true)}>
              {t('account:signOut.keep')}
            </Button>
            <Button variant="secondary" isDisabled={busy} onPress={() => go(false)}>
              {t('account:signOut.remove')}
            </Button>
            <Button variant="secondary" onPress={onClose}>
              {t('account:signOut.stay')}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
