import { useState } from 'preact/hooks';
import { clearThisDevice, usePendingCount } from '../../data';
import { useT } from '../../i18n/useT';
import { screenHref } from '../../routes/screens';
import { useAccount } from '../../sync';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { LiveStatus } from '../../ui/LiveStatus';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { SaveCopy } from './SaveCopy';
import './mydata.css';

/**
 * /my-data/remove — "Remove everything from this tablet". It first says how much work has not
 * reached the account yet (the outbox, in words), offers a copy, and only then, after a yes,
 * removes everything with the same function as the developers' ?reset.
 */
export default function RemoveEverythingPage() {
  const t = useT();
  const waiting = usePendingCount();
  const account = useAccount();
  const [asking, setAsking] = useState(false);
  const [state, setState] = useState<'idle' | 'removing' | 'failed'>('idle');

  const remove = async () => {
    setAsking(false);
    setState('removing');
    try {
      await clearThisDevice();
      // A fresh start: the app opens as on a new tablet, and says what happened.
      location.replace(`${screenHref('myData')}?removed`);
    } catch {
      setState('failed');
    }
  };

  return (
    <PageFrame
      title={t('mydata:remove.title')}
      symbol="delete"
      lede={t('mydata:remove.lede')}
      up={{ href: screenHref('myData'), label: t('mydata:upMyData') }}
    >
      {waiting !== undefined && waiting > 0 && (
        <Notice title={t('mydata:remove.waiting', { count: waiting })}>
          <p>{t('mydata:remove.waitingLost')}</p>
        </Notice>
      )}
      {waiting === 0 && account && <p>{t('mydata:remove.allKept')}</p>}
      <section class="mydata-section" aria-labelledby="remove-save">
        <div class="mydata-section__head">
          <Picture symbol="save-copy" alt="" size="small" />
          <h2 id="remove-save">{t('mydata:save.title')}</h2>
        </div>
        <p>{t('mydata:remove.saveFirst')}</p>
        <SaveCopy variant="secondary" />
      </section>
      <section class="mydata-section" aria-labelledby="remove-now">
        <div class="mydata-section__head">
          <Picture symbol="warning" alt="" size="small" />
          <h2 id="remove-now">{t('mydata:remove.button')}</h2>
        </div>
        <p>{t('mydata:remove.what')}</p>
        <p>{t('mydata:remove.warning')}</p>
        <div class="mydata-action">
          <Button
            variant="warning"
            symbol="delete"
            isDisabled={state === 'removing'}
            onPress={() => setAsking(true)}
          >
            {t('mydata:remove.button')}
          </Button>
          <LiveStatus>{state === 'removing' && <p>{t('mydata:remove.removing')}</p>}</LiveStatus>
        </div>
        {state === 'failed' && <Notice error title={t('mydata:remove.failed')} />}
      </section>
      <Dialog
        isOpen={asking}
        onClose={() => setAsking(false)}
        title={t('mydata:remove.confirmTitle')}
        role="alertdialog"
        isDismissable={false}
      >
        <p>{t('mydata:remove.confirmBody')}</p>
        <div class="button-row">
          <Button variant="warning" symbol="delete" onPress={() => void remove()}>
            {t('mydata:remove.confirm')}
          </Button>
          <Button variant="secondary" onPress={() => setAsking(false)}>
            {t('mydata:remove.cancel')}
          </Button>
        </div>
      </Dialog>
    </PageFrame>
  );
}
