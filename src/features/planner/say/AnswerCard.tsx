import type { RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { Checkbox } from '../../../ui/Checkbox';
import { Disclosure } from '../../../ui/Disclosure';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import {
  answerPatch,
  AUTHORS,
  canQuote,
  SCALE,
  type Answer,
  type Author,
  type Scale,
} from '../answers';
import { saveWithUndo } from '../../forms/saver';
import { BoundText } from '../../forms/BoundText';
import { DrawingField } from '../ui/DrawingField';
import { PhotoField } from '../ui/PhotoField';
import { VoiceField } from '../ui/VoiceField';
import { AUTHOR_SYMBOL, SCALE_SYMBOL } from './symbols';
import { PrivacyToggle } from '../../sharing/PrivacyToggle';
import { WhoWrote } from '../../sharing/WhoWrote';
import type { Fields } from '../../../shared/records';

export interface AnswerCardProps {
  recordRef: RecordRef;
  /** Field-name prefix (the feedback form keeps every question in one record). */
  prefix?: string;
  answer: Answer;
  /** The question, for the photo's text alternative. */
  topic: string;
  show: { scale: boolean; author: boolean; quote: boolean; photo: boolean };
  /**
   * The whole record, when it is this answer alone: the person then chooses who can see it
   * ("Only me", "For the panel"). Absent where one record holds several answers (feedback).
   */
  record?: Fields | null;
}

/**
 * One question's answer: the feeling (a tap on the picture scale) and the person's own words come
 * first. Who wrote the words, and "use my own words in the report", follow once there are words.
 * Recording, a photo and a drawing are one tap away ("More ways to answer"), open by themselves
 * when one of them is already saved. "I do not want to answer" is an answer too, and comes last.
 */
export function AnswerCard(props: AnswerCardProps) {
  const { recordRef, prefix = '', answer, topic, show, record } = props;
  const t = useT();
  const save = (patch: Partial<Answer>) => saveWithUndo(recordRef, answerPatch(patch, prefix));
  const hasWords = answer.words.trim() !== '' || answer.author !== null || answer.quoteMe;
  const hasMore = !!answer.voice || (show.photo && (!!answer.photo || !!answer.drawing));
  return (
    <>
      {answer.declined ? (
        <p class="consent-now">{t('planner:answer.declined')}</p>
      ) : (
        <>
          {show.scale && (
            <ChoiceCards<Scale>
              label={t('planner:answer.scale')}
              value={answer.scale}
              onChange={(scale) => void save({ scale })}
              choices={SCALE.map((s) => ({
                value: s,
                label: t(`planner:answer.scales.${s}`),
                symbol: SCALE_SYMBOL[s],
              }))}
            />
          )}
          <BoundText
            recordRef={recordRef}
            field={`${prefix}words`}
            saved={answer.words}
            label={t('planner:answer.words')}
            hint={t('planner:answer.wordsHint')}
            multiline
          />
          <WhoWrote recordId={recordRef.id} />
          {show.author && hasWords && (
            <ChoiceCards<Author>
              label={t('planner:answer.author')}
              value={answer.author}
              onChange={(author) => void save({ author })}
              choices={AUTHORS.map((a) => ({
                value: a,
                label: t(`planner:answer.authors.${a}`),
                symbol: AUTHOR_SYMBOL[a],
              }))}
            />
          )}
          {show.quote && hasWords && (
            <Checkbox
              isSelected={answer.quoteMe}
              isDisabled={!answer.quoteMe && !canQuote(answer)}
              onChange={(quoteMe) => void save({ quoteMe })}
              hint={
                canQuote(answer) ? t('planner:answer.quoteHint') : t('planner:answer.quoteOwnWords')
              }
            >
              {t('planner:answer.quote')}
            </Checkbox>
          )}
          <Disclosure label={t('planner:answer.more')} symbol="add" hasContent={hasMore}>
            <h2>{t('planner:answer.voiceTitle')}</h2>
            <VoiceField
              recordRef={recordRef}
              field={`${prefix}voice`}
              saved={answer.voice}
              label={t('planner:answer.record')}
            />
            {show.photo && (
              <>
                <h2>{t('planner:answer.photoTitle')}</h2>
                <PhotoField
                  recordRef={recordRef}
                  field={`${prefix}photo`}
                  saved={answer.photo}
                  alt={t('planner:answer.photoAlt', { topic })}
                />
                <h2>{t('planner:answer.drawTitle')}</h2>
                <DrawingField
                  recordRef={recordRef}
                  field={`${prefix}drawing`}
                  saved={answer.drawing}
                  alt={t('planner:answer.drawingAlt', { topic })}
                />
              </>
            )}
          </Disclosure>
        </>
      )}
      <Checkbox
        isSelected={answer.declined}
        onChange={(declined) => void save({ declined })}
        hint={t('planner:answer.declineHint')}
      >
        {t('planner:answer.decline')}
      </Checkbox>
      {record !== undefined && <PrivacyToggle recordRef={recordRef} data={record} />}
    </>
  );
}
