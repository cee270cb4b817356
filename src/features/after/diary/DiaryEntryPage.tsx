import type { ComponentChildren } from 'preact';
import { useRecord, type RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { SCALE } from '../../../shared/models/answer';
import { pictureChoices } from '../../../ui/ChoiceCards';
import { NotFound } from '../../../ui/NotFound';
import { BoundChoice } from '../../forms/BoundChoice';
import { BoundText } from '../../forms/BoundText';
import { bindTo } from '../../forms/bind';
import { routeParam } from '../../forms/routeParam';
import { StepScreen } from '../../forms/StepScreen';
import { PrivacyToggle } from '../../sharing/PrivacyToggle';
import type { Fields } from '../../../shared/records';
import { SCALE_SYMBOL } from '../../planner/say/symbols';
import { VoiceField } from '../../planner/ui/VoiceField';
import { AttachPages } from '../attach/AttachPages';
import { DIARY_KINDS, entryFromRecord, KIND_SYMBOL, type DiaryEntry } from './entries';
import { KeptPhoto } from './KeptPhoto';
import { STEP_SYMBOL, STEPS, stepDone, type Step } from './steps';
import { useLetterFollowsEntry } from './useLetterFollowsEntry';
import './diary.css';

/** One diary entry, a step at a time: what kind, what happened, who, how it felt, and more. */
export default function DiaryEntryPage(props: Record<string, unknown>) {
  const t = useT();
  const id = routeParam(props.id);
  const record = useRecord(id);
  if (record === undefined) return null;
  const list = { href: screenHref('diary'), label: t('diary:entry.section') };
  if (!record || record.type !== 'diary') return <NotFound back={list} />;
  const entry = entryFromRecord(record);
  const ref: RecordRef = { planId: record.planId, id: record.id, type: 'diary' };
  return (
    <StepScreen
      section={{ title: t('diary:entry.section'), href: list.href }}
      all={{ href: list.href, label: t('diary:entry.all') }}
      steps={STEPS.map((s) => ({
        id: s,
        label: t(`diary:entry.steps.${s}.short`),
        done: stepDone(s, entry),
      }))}
      current={routeParam(props.step)}
      basePath={screenHref('diaryEntry', { id: record.id })}
    >
      {({ id: stepId }) => {
        const step = stepId as Step;
        return {
          title: t(`diary:entry.steps.${step}.title`),
          hint: t(`diary:entry.steps.${step}.hint`),
          symbol: STEP_SYMBOL[step],
          body: (
            <>
              <LetterFollowsEntry entryRef={ref} data={record.data} />
              <EntryStep step={step} entry={entry} entryRef={ref} data={record.data} />
            </>
          ),
        };
      }}
    </StepScreen>
  );
}

/** Keeps the entry's letter pages as private as the entry, whichever step is open. */
function LetterFollowsEntry(props: { entryRef: RecordRef; data: Fields }) {
  useLetterFollowsEntry(props.entryRef, props.data);
  return null;
}

function EntryStep(props: {
  step: Step;
  entry: DiaryEntry;
  entryRef: RecordRef;
  /** The entry's fields as stored (the privacy cards read their two flags from them). */
  data: Fields;
}): ComponentChildren {
  const t = useT();
  const { step, entry, entryRef } = props;
  const bind = bindTo(entryRef, entry);
  switch (step) {
    case 'kind':
      return (
        <BoundChoice
          {...bind('kind')}
          label={t('diary:entry.steps.kind.title')}
          columns={2}
          choices={pictureChoices(DIARY_KINDS, (k) => t(`diary:kinds.${k}`), KIND_SYMBOL)}
        />
      );
    case 'what':
      return (
        <>
          <BoundText {...bind('when')} label={t('diary:entry.day')} type="date" width="medium" />
          <BoundText
            {...bind('text')}
            label={t('diary:entry.words')}
            hint={t('diary:entry.wordsHint')}
            multiline
          />
        </>
      );
    case 'who':
      return (
        <BoundText {...bind('who')} label={t('diary:entry.who')} hint={t('diary:entry.whoHint')} />
      );
    case 'feeling':
      // The planner's picture scale: the same three pictures and words the person already knows.
      return (
        <BoundChoice
          {...bind('feeling')}
          label={t('diary:feelings.label')}
          choices={pictureChoices(SCALE, (s) => t(`diary:feelings.${s}`), SCALE_SYMBOL)}
        />
      );
    case 'keep':
      return (
        <>
          <h2>{t('diary:entry.photoTitle')}</h2>
          <KeptPhoto
            recordRef={entryRef}
            field="photo"
            saved={entry.photo}
            alt={t('diary:entry.photoAlt')}
            remove={t('diary:entry.remove')}
          />
          <h2>{t('diary:entry.voiceTitle')}</h2>
          <VoiceField
            recordRef={entryRef}
            field="voice"
            saved={entry.voice}
            label={t('diary:entry.record')}
          />
          <h2>{t('diary:entry.letterTitle')}</h2>
          <p>{t('diary:entry.letterHint')}</p>
          {entry.letter && (
            // A letter kept as one photo before letters could have pages or be a file.
            <KeptPhoto
              recordRef={entryRef}
              field="letter"
              saved={entry.letter}
              alt={t('diary:entry.letterAlt')}
              remove={t('diary:entry.removeLetter')}
              canAdd={false}
            />
          )}
          <AttachPages
            planId={entryRef.planId}
            of="diary"
            entry={entryRef.id}
            what={t('diary:entry.letterWhat')}
            start={entry.onlyMe ? { onlyMe: true } : undefined}
          />
        </>
      );
    case 'share':
      // The same "Only me" / "For the panel" cards as on every answer and question.
      return <PrivacyToggle recordRef={entryRef} data={props.data} />;
  }
}
