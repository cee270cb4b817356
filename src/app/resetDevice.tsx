// ?reset: clears this device after the person confirms. Loaded only when asked for.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { clearThisDevice } from '../data';
import { useT } from '../i18n/useT';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

function ResetDialog({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  const close = () => {
    setOpen(false);
    onDone();
  };
  return (
    <Dialog
      isOpen={open}
      onClose={close}
      title={t('common:reset.title')}
      role="alertdialog"
      isDismissable={false}
    >
      <p>{t('common:reset.body')}</p>
      <div class="button-row">
        <Button
          variant="warning"
          onPress={async () => {
            await clearThisDevice();
            location.replace(location.pathname);
          }}
        >
          {t('common:reset.confirm')}
        </Button>
        <Button variant="secondary" onPress={close}>
          {t('common:reset.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}

export function offerReset(): void {
  const host = document.createElement('div');
  document.body.append(host);
  const done = () => {
    history.replaceState(null, '', location.pathname);
    render(null, host);
    host.remove();
  };
  render(<ResetDialog onDone={done} />, host);
}
