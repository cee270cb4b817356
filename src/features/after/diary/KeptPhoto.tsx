import { putMedia, useMediaUrl, type RecordRef } from '../../../data';
import { Button } from '../../../ui/Button';
import { PhotoPicker } from '../../../ui/PhotoPicker';
import { saveWithUndo } from '../../forms/saver';

export interface KeptPhotoProps {
  recordRef: RecordRef;
  field: string;
  saved: string | null;
  alt: string;
  take?: string;
  choose?: string;
  remove: string;
  /** false: only show (and take away) the photo kept, with no way to add another. */
  canAdd?: boolean;
}

/**
 * A photo kept with an entry (of the day, or of a letter): taken or chosen, made smaller and
 * without its location data by the kit's picker, as the planner's photos are.
 */
export function KeptPhoto(props: KeptPhotoProps) {
  const { recordRef, field, saved, alt, take, choose, remove, canAdd = true } = props;
  const url = useMediaUrl(saved);
  return (
    <div class="photo-field">
      {url && <img src={url} alt={alt} class="photo-preview" />}
      {canAdd && (
        <PhotoPicker
          takeLabel={take}
          chooseLabel={choose}
          onPhoto={async (photo) => {
            const sha = await putMedia(recordRef.planId, photo.bytes, photo.mime);
            if (!(await saveWithUndo(recordRef, { [field]: sha }))) throw new Error('not saved');
          }}
        />
      )}
      {saved && (
        <Button
          variant="secondary"
          symbol="remove"
          onPress={() => void saveWithUndo(recordRef, { [field]: null })}
        >
          {remove}
        </Button>
      )}
    </div>
  );
}
