import i18next from 'i18next';
import { useState } from 'preact/hooks';
import { normaliseCode } from '../../shared/auth';
import { requestEmailCode, signInWithCode } from '../../sync';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { TextField } from '../../ui/TextField';
import { errorKey } from './errorKey';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Step =
  { kind: 'email' } | { kind: 'code'; email: string; challengeId: string; emailed: boolean };

/**
 * Sign in with a 6-digit code sent by email: the fallback to passkeys. The code field takes a
 * paste (spaces and dashes are forgiven) and offers the code from the email on phones that can
 * (autocomplete="one-time-code"). Nothing times out on this screen; an old code is explained.
 */
/** onSignedIn: told after a sign-in that really happened (the lock screen unlocks on it). */
export function EmailCodeForm({ onSignedIn }: { onSignedIn?: (userId: string) => void } = {}) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'email' });
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [resent, setResent] = useState(false);

  async function send(to: string) {
    setBusy('account:email.sending');
    setError(null);
    try {
      // The email comes in the language the person is reading now.
      const { challengeId, delivery } = await requestEmailCode(to, i18next.language);
      setStep({ kind: 'code', email: to, challengeId, emailed: delivery === 'email' });
      setCode('');
      return true;
    } catch (e) {
      setError(errorKey(e));
      return false;
    } finally {
      setBusy(null);
    }
  }

  if (step.kind === 'email') {
    return (
      <form
        class="account-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const to = email.trim();
          if (!EMAIL.test(to)) setError('account:email.badEmail');
          else void send(to);
        }}
      >
        <TextField
          label={t('account:email.label')}
          description={t('account:email.hint')}
          errorMessage={error ? t(error) : undefined}
          value={email}
          onChange={setEmail}
          type="email"
          autoComplete="email"
          inputMode="email"
          width="medium"
        />
        <Button type="submit" symbol="email" isDisabled={!!busy}>
          {t('account:email.send')}
        </Button>
        <LiveStatus>{busy ? t(busy) : null}</LiveStatus>
      </form>
    );
  }

  return (
    <form
      class="account-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const digits = normaliseCode(code);
        if (!/^\d{6}$/.test(digits)) {
          setError('account:email.badCode');
          return;
        }
        setBusy('account:email.checking');
        setError(null);
        try {
          const account = await signInWithCode(step.challengeId, digits);
          onSignedIn?.(account.userId);
        } catch (err) {
          setError(errorKey(err));
        } finally {
          setBusy(null);
        }
      }}
    >
      <p>
        {step.emailed
          ? t('account:email.sent', { email: step.email })
          : t('account:email.notEmailed', { email: step.email })}
      </p>
      <TextField
        label={t('account:email.codeLabel')}
        description={t('account:email.codeHint')}
        errorMessage={error ? t(error) : undefined}
        value={code}
        onChange={setCode}
        autoComplete="one-time-code"
        inputMode="numeric"
        width="short"
      />
      <Button type="submit" symbol="key" isDisabled={!!busy}>
        {t('account:email.signIn')}
      </Button>
      <LiveStatus>
        {busy
          ? t(busy)
          : resent
            ? t(step.emailed ? 'account:email.againDone' : 'account:email.againMade')
            : null}
      </LiveStatus>
      <p>{t('account:email.noEmail')}</p>
      <div class="button-row">
        <Button
          variant="secondary"
          symbol="email"
          isDisabled={!!busy}
          onPress={async () => setResent(await send(step.email))}
        >
          {t('account:email.again')}
        </Button>
        <Button
          variant="secondary"
          isDisabled={!!busy}
          onPress={() => {
            setStep({ kind: 'email' });
            setError(null);
            setResent(false);
          }}
        >
          {t('account:email.different')}
        </Button>
      </div>
    </form>
  );
}
