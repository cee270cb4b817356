import { useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { Button } from './Button';
import { resizePhoto, type Photo } from './resizePhoto';

export interface PhotoPickerProps {
  /** Gets the photo made smaller and without its location data. */
  onPhoto: (photo: Photo) => Promise<void> | void;
  /** Words for the two buttons, if the screen needs more specific ones. */
  takeLabel?: string;
  chooseLabel?: string;
}

/**
 * Take a photo with the tablet's camera, or choose one already on it. Both are plain buttons
 * (a hidden file input does the work), so they work with a keyboard, a switch or a screen reader.
 */
export function PhotoPicker({ onPhoto, takeLabel, chooseLabel }: PhotoPickerProps) {
  const t = useT();
  const camera = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState('working');
    try {
      await onPhoto(await resizePhoto(file));
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <div class="photo-picker">
      <div class="button-row">
        <Button variant="secondary" symbol="photo" onPress={() => camera.current?.click()}>
          {takeLabel ?? t('common:photo.take')}
        </Button>
        <Button variant="secondary" symbol="pictures" onPress={() => files.current?.click()}>
          {chooseLabel ?? t('common:photo.choose')}
        </Button>
      </div>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => void onFile(e.currentTarget)}
      />
      <input
        ref={files}
        type="file"
        accept="image/*"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => void onFile(e.currentTarget)}
      />
      <p role="status" class="photo-picker__status">
        {state === 'working'
          ? t('common:photo.working')
          : state === 'failed'
            ? t('common:photo.failed')
            : ''}
      </p>
    </div>
  );
}
