import { useState } from 'preact/hooks';
import type { SymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ChangePicture } from './ChangePicture';
import { HiddenContext } from '../../ui/HiddenContext';

export interface ChangePictureButtonProps {
  symbol: SymbolId;
  /** What the picture shows or means: read with the button, and shown in the dialog. */
  alt: string;
  label?: string;
}

/** "Change this picture": a dialog to use the person's own photo for this symbol, or not. */
export function ChangePictureButton({ symbol, alt, label }: ChangePictureButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" symbol="edit" onPress={() => setOpen(true)} class="no-print">
        {label ?? t('pictures:change.button')}
        <HiddenContext>{alt}</HiddenContext>
      </Button>
      <Dialog isOpen={open} onClose={() => setOpen(false)} title={t('pictures:change.title')}>
        <ChangePicture symbol={symbol} name={alt} onClose={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
