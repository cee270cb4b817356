import { putMedia, useMediaUrl, type RecordRef } from '../../../data';
import type { Fields } from '../../../shared/records';
import { VoiceRecorder } from '../../../ui/VoiceRecorder';
import { saveWithUndo } from '../../forms/saver';

export interface VoiceFieldProps {
  recordRef: RecordRef;
  field: string;
  saved: string | null;
  label?: string;
  /** Other fields saved with the recording (e.g. the theme of a new answer card). */
  with?: Fields;
}

/** A voice recording kept on the tablet and played back here. */
export function VoiceField({ recordRef, field, saved, label, with: extra }: VoiceFieldProps) {
  const url = useMediaUrl(saved);
  return (
    <VoiceRecorder
      label={label}
      recordingUrl={url}
      onRecorded={async (bytes, mime) => {
        const sha = await putMedia(recordRef.planId, bytes, mime);
        if (!(await saveWithUndo(recordRef, { ...extra, [field]: sha })))
          throw new Error('not saved');
      }}
      onRemove={() => void saveWithUndo(recordRef, { [field]: null })}
    />
  );
}
