import { putMedia, useMediaUrl, type RecordRef } from '../../../data';
import { DrawingPad } from '../../../ui/DrawingPad';
import { saveWithUndo } from '../../forms/saver';

/** A drawing kept on the tablet as a picture (PNG), saved as it is drawn. */
export function DrawingField(props: {
  recordRef: RecordRef;
  field: string;
  saved: string | null;
  alt: string;
}) {
  const { recordRef, field, saved, alt } = props;
  const url = useMediaUrl(saved);
  return (
    <DrawingPad
      drawingUrl={url}
      alt={alt}
      onSave={async (bytes, mime) => {
        const sha = await putMedia(recordRef.planId, bytes, mime);
        if (!(await saveWithUndo(recordRef, { [field]: sha }, `drawing:${recordRef.id}:${field}`)))
          throw new Error('not saved');
      }}
      onRemove={() => void saveWithUndo(recordRef, { [field]: null })}
    />
  );
}
