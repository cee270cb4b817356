import { useEffect, useState } from 'preact/hooks';
import { addPasskey, passkeySupport } from '../../sync';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';

/** After a code sign-in: offer a passkey, so next time there is nothing to type. */
export function AddPasskey({ has }: { has: boolean }) {
  const t = useT();
  const [supported, setSupported] = useState(false);
  const [state, setState] = useState<'idle' | 'working' | 'added' | 'failed'>('idle');
  useEffect(() => {
    void passkeySupport().then((s) => setSupported(s.supported));
  }, []);
  if (!supported) return null;
  return (
    <section class="card" aria-labelledby="add-passkey-title">
      <h2 id="add-passkey-title">{t('account:addPasskey.title')}</h2>
      <p>{has ? t('account:addPasskey.has') : t('account:addPasskey.body')}</p>
      <Button
        variant={has ? 'secondary' : 'primary'}
        symbol="key"
        isDisabled={state === 'working'}
        onPress={async () => {
          setState('working');
          try {
            await addPasskey();
            setState('added');
          } catch {
            setState('failed');
          }
        }}
      >
        {t('account:addPasskey.button')}
      </Button>
      <LiveStatus>
        {state === 'working' && t('account:addPasskey.working')}
        {state === 'added' && t('account:addPasskey.added')}
        {state === 'failed' && t('account:addPasskey.failed')}
      </LiveStatus>
    </section>
  );
}
