import { useEffect, useState } from 'preact/hooks';
import { refreshAccount, syncStatus, useAccount, type SignOutResult } from '../../sync';
import { useT } from '../../i18n/useT';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { useStore } from '../../ui/useStore';
import { EmailCodeForm } from './EmailCodeForm';
import { PasskeySignIn } from './PasskeySignIn';
import { SignedIn } from './SignedIn';
import './account.css';

/** Signing in to save work to the server (passkey first, email code as the fallback), and out. */
export default function AccountPage() {
  const t = useT();
  const account = useAccount();
  const sync = useStore(syncStatus);
  const [passkeys, setPasskeys] = useState(0);
  const [signedOut, setSignedOut] = useState<SignOutResult | null>(null);
  const live = !!account && sync.state !== 'signedOut';

  useEffect(() => {
    if (!live) return;
    setSignedOut(null);
    void refreshAccount()
      .then((a) => a && setPasskeys(a.passkeys))
      .catch(() => undefined); // offline: the screen works from what the tablet remembers
  }, [live]);

  if (account === undefined) return null;
  return (
    <PageFrame
      title={live ? t('account:signedIn.title') : t('account:signIn.title')}
      symbol={live ? 'person' : 'server'}
      lede={live ? t('account:signedIn.lede') : t('account:signIn.lede')}
    >
      {signedOut && (
        <Notice title={t('account:signOut.done')}>
          {signedOut.kept > 0 && <p>{t('account:signOut.kept')}</p>}
          {!signedOut.serverReached && <p>{t('account:signOut.notConnected')}</p>}
        </Notice>
      )}
      {live ? (
        <SignedIn
          email={account.email}
          userId={account.userId}
          passkeys={passkeys}
          onSignedOut={setSignedOut}
        />
      ) : (
        <>
          {account && <Notice title={t('account:signIn.ended')} />}
          <p>{t('account:signIn.why')}</p>
          <PasskeySignIn />
          <section class="card" aria-labelledby="email-title">
            <h2 id="email-title">{t('account:email.title')}</h2>
            <p>{t('account:email.body')}</p>
            <EmailCodeForm />
          </section>
        </>
      )}
    </PageFrame>
  );
}
