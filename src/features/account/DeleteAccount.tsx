import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { ApiError, eraseAccount, OfflineError } from '../../sync';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { Notice } from '../../ui/Notice';
import { EmailCodeForm } from './EmailCodeForm';
import { errorKey } from './errorKey';
import { PasskeySignIn } from './PasskeySignIn';

type Step = 'closed' | 'warn' | 'signIn' | 'working';

const GOES = ['plan', 'photos', 'people', 'forever'] as const;

/**
 * "Delete my account and everything": a plain warning, a last chance to save a copy, then a
 * fresh sign-in (the server refuses an old one), then the erasure. The words afterwards come from
 * what this device really did (SyncNotices shows "Your account and plan are deleted.").
 */
export function DeleteAccount({ userId }: { userId: string }) {
  const t = useT();
  const [step, setStep] = useState<Step>('closed');
  const [error, setError] = useState<string | null>(null);
  // True only when the server answered no (or could not be reached): then nothing was deleted.
  const [untouched, setUntouched] = useState(false);

  const erase = async (signedInAs: string) => {
    if (signedInAs !== userId) {
      setError('account:erase.otherAccount');
      return;
    }
    setStep('working');
    setError(null);
    setUntouched(false);
    try {
      await eraseAccount();
    } catch (e) {
      setStep('signIn');
      setUntouched(e instanceof ApiError || e instanceof OfflineError);
      setError(
        e instanceof ApiError && e.code === 'sign_in_again'
          ? 'account:erase.signInAgain'
          : errorKey(e),
      );
    }
  };

  if (step === 'closed') {
    return (
      <section class="card erase-card" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('account:erase.title')}</h2>
        <Button variant="warning" symbol="remove" onPress={() => setStep('warn')}>
          {t('account:erase.button')}
        </Button>
      </section>
    );
  }
  return (
    <section class="card erase-card" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('account:erase.title')}</h2>
      <p>{t('account:erase.whatGoes')}</p>
      <ul>
        {GOES.map((k) => (
          <li key={k}>{t(`account:erase.goes.${k}`)}</li>
        ))}
      </ul>
      <p>{t('account:erase.saveFirst')}</p>
      <LinkButton href="/my-data" symbol="save-copy">
        {t('account:erase.saveLink')}
      </LinkButton>
      {step === 'warn' && (
        <div class="button-row">
          <Button variant="warning" symbol="remove" onPress={() => setStep('signIn')}>
            {t('account:erase.yes')}
          </Button>
          <Button variant="secondary" symbol="no" onPress={() => setStep('closed')}>
            {t('account:erase.keep')}
          </Button>
        </div>
      )}
      {step !== 'warn' && (
        <>
          <h3>{t('account:erase.signInTitle')}</h3>
          <p>{t('account:erase.signInBody')}</p>
          {error && (
            <Notice error title={t(error)}>
              {untouched && <p>{t('account:erase.nothingDeleted')}</p>}
            </Notice>
          )}
          {step === 'working' ? (
            <p role="status">{t('account:erase.working')}</p>
          ) : (
            <>
              <PasskeySignIn onSignedIn={(id) => void erase(id)} />
              <EmailCodeForm onSignedIn={(id) => void erase(id)} />
              <Button variant="secondary" symbol="no" onPress={() => setStep('closed')}>
                {t('account:erase.keep')}
              </Button>
            </>
          )}
        </>
      )}
    </section>
  );
}
