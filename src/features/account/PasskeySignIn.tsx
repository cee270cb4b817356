import { useEffect, useState } from 'preact/hooks';
import { passkeySupport, signInWithPasskey } from '../../sync';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { Notice } from '../../ui/Notice';
import { errorKey } from './errorKey';

type Support = Awaited<ReturnType<typeof passkeySupport>>;

/** Passkeys first: nothing to remember or type. Hidden where the browser has no passkeys. */
/** onSignedIn: told after a sign-in that really happened (the lock screen unlocks on it). */
export function PasskeySignIn({ onSignedIn }: { onSignedIn?: (userId: string) => void } = {}) {
  const t = useT();
  const [support, setSupport] = useState<Support | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void passkeySupport().then(setSupport);
  }, []);
  if (!support?.supported) return null;

  return (
    <section class="card" aria-labelledby="passkey-title">
      <h2 id="passkey-title">{t('account:passkey.title')}</h2>
      <p>{t('account:passkey.body')}</p>
      {error && <Notice error title={t(error)} />}
      <Button
        symbol="key"
        isDisabled={busy}
        onPress={async () => {
          setBusy(true);
          setError(null);
          try {
            const account = await signInWithPasskey();
            onSignedIn?.(account.userId);
          } catch (e) {
            setError(support.isCancelled(e) ? 'account:errors.passkeyFailed' : errorKey(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('account:passkey.button')}
      </Button>
      <LiveStatus>{busy ? t('account:passkey.working') : null}</LiveStatus>
    </section>
  );
}
