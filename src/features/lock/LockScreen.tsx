import { useEffect, useRef, useState } from 'preact/hooks';
import { clearThisDevice } from '../../data';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import type { LockSettings } from '../../shared/settings';
import { useAccount } from '../../sync';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { Picture } from '../../ui/Picture';
import { ReadAloud } from '../../ui/ReadAloud';
import { EmailCodeForm } from '../account/EmailCodeForm';
import { PasskeySignIn } from '../account/PasskeySignIn';
import { unlockWithDeviceKey } from './deviceKey';
import { unlock } from './lockState';
import { pictureCodeMatches } from './pictureCode';
import { PictureCodePad } from './PictureCodePad';
import './lock.css';

/**
 * The lock over the app. What is behind it stays as it was (the app is only made inert), so words
 * being typed are not lost. Forgotten? Signing in again to the plan's account opens it; with no
 * account, the only way in is removing everything from the tablet — never a back door.
 */
export default function LockScreen({ lock }: { lock: LockSettings }) {
  const ready = useNamespaces(['lock', 'account']);
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (!ready) return <div class="lock-screen" />;

  const tryDevice = async () => {
    setProblem(null);
    const ok = await unlockWithDeviceKey(lock.credentialId).catch(() => false);
    if (ok) unlock();
    else setProblem(t('lock:screen.deviceFailed'));
  };
  const tryCode = async (code: string[]) => {
    if (await pictureCodeMatches(code, lock.pictureCode)) unlock();
    else setProblem(t('lock:screen.wrong'));
  };

  return (
    <div class="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <div class="lock-screen__inner">
        <h1 id="lock-title" ref={heading} tabIndex={-1} class="page-title">
          <Picture symbol="lock" alt="" size="medium" />
          <span>{t('lock:screen.title')}</span>
        </h1>
        <p class="lede">{t('lock:screen.lede')}</p>
        <ReadAloud
          id="lock"
          label={t('lock:screen.readPage')}
          sentences={[
            t('lock:screen.title'),
            t('lock:screen.lede'),
            lock.method === 'device' ? t('lock:screen.deviceHint') : t('lock:screen.pictures'),
          ]}
        />
        {lock.method === 'device' ? (
          <>
            <p>{t('lock:screen.deviceHint')}</p>
            <Button symbol="unlock" onPress={() => void tryDevice()}>
              {t('lock:screen.device')}
            </Button>
          </>
        ) : (
          <>
            <p>{t('lock:screen.pictures')}</p>
            <PictureCodePad
              label={t('lock:screen.picturesLabel')}
              onComplete={(code) => void tryCode(code)}
            />
          </>
        )}
        <p role="alert" class="field__error">
          {problem ?? ''}
        </p>
        <Forgotten />
      </div>
    </div>
  );
}

function Forgotten() {
  const t = useT();
  const account = useAccount();
  const [other, setOther] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const signedIn = (userId: string) => {
    // Only the account of this plan opens it: someone else's account is not a key.
    if (userId === account?.userId) unlock();
    else setOther(true);
  };
  return (
    <Disclosure label={t('lock:screen.forgotten')} symbol="help">
      {account ? (
        <>
          <p>{t('lock:screen.signInAgain')}</p>
          <PasskeySignIn onSignedIn={signedIn} />
          <EmailCodeForm onSignedIn={signedIn} />
          {other && <p role="alert">{t('lock:screen.otherAccount')}</p>}
        </>
      ) : (
        <>
          <p>{t('lock:screen.noAccount')}</p>
          <p>{t('lock:screen.removeWarning')}</p>
          {confirm ? (
            <div class="button-row">
              <Button
                variant="warning"
                symbol="delete"
                onPress={async () => {
                  await clearThisDevice();
                  location.assign('/');
                }}
              >
                {t('lock:screen.removeConfirm')}
              </Button>
              <Button variant="secondary" onPress={() => setConfirm(false)}>
                {t('lock:screen.removeCancel')}
              </Button>
            </div>
          ) : (
            <Button variant="warning" symbol="delete" onPress={() => setConfirm(true)}>
              {t('lock:screen.remove')}
            </Button>
          )}
        </>
      )}
    </Disclosure>
  );
}
