import { putMedia, useMediaUrl } from '../../../data';
import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { PhotoPicker } from '../../../ui/PhotoPicker';
import { saveWithUndo } from '../../forms/saver';
import type { RecordRef } from '../../../data';

export interface PhotoFieldProps {
  recordRef: RecordRef;
  field: string;
  saved: string | null;
  /** What the photo shows, for people who cannot see it. */
  alt: string;
}

/** A photo for an answer or a person: taken or chosen, made smaller, location removed, kept here. */
export function PhotoField({ recordRef, field, saved, alt }: PhotoFieldProps) {
  const t = useT();
  const url = useMediaUrl(saved);
  return (
    <div class="photo-field">
      {url && <img src={url} alt={alt} class="photo-preview" />}
      <PhotoPicker
        takeLabel={saved ? t('planner:photo.takeAgain') : undefined}
        chooseLabel={saved ? t('planner:photo.chooseAgain') : undefined}
        onPhoto={async (photo) => {
          const sha = await putMedia(recordRef.planId, photo.bytes, photo.mime);
          if (!(await saveWithUndo(recordRef, { [field]: sha }))) throw new Error('not saved');
        }}
      />
      {saved && (
        <Button
          variant="secondary"
          symbol="remove"
          onPress={() => void saveWithUndo(recordRef, { [field]: null })}
        >
          {t('planner:photo.remove')}
        </Button>
      )}
    </div>
  );
}
