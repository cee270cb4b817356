import type { RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { questionModel } from '../../../shared/models/question';
import type { Fields } from '../../../shared/records';
import { Disclosure } from '../../../ui/Disclosure';
import { PhotoField } from '../ui/PhotoField';
import { VoiceField } from '../ui/VoiceField';

/** A question said out loud, or shown with a photo: one tap away, open when one is saved. */
export function QuestionMedia({
  recordRef,
  data,
  n,
}: {
  recordRef: RecordRef;
  data: Fields;
  n: number;
}) {
  const t = useT();
  const { voice, photo } = questionModel.decode(data);
  return (
    <Disclosure
      label={t('planner:questions.more', { n })}
      symbol="microphone"
      hasContent={!!voice || !!photo}
    >
      <VoiceField
        recordRef={recordRef}
        field="voice"
        saved={voice}
        label={t('planner:questions.record', { n })}
      />
      <PhotoField
        recordRef={recordRef}
        field="photo"
        saved={photo}
        alt={t('planner:questions.photoAlt', { n })}
      />
    </Disclosure>
  );
}
