import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { feedbackModel } from '../../shared/models/feedback';
import { answerState } from '../planner/answers';
import { routeParam } from '../forms/routeParam';
import { saveWithUndo } from '../forms/saver';
import { AnswerCard } from '../planner/say/AnswerCard';
import { BoundText } from '../forms/BoundText';
import { bindTo } from '../forms/bind';
import { focusSaveNote } from '../forms/SaveNote';
import { StepScreen } from '../forms/StepScreen';
import { formatDay } from '../../i18n/dates';
import { localToday } from '../../shared/dates';
import { LinkButton } from '../../ui/LinkButton';
import {
  FEEDBACK_QUESTIONS,
  feedbackAnswer,
  finishRule,
  latestVersion,
  prefixOf,
} from './feedback';
import { FeedbackStatusLine } from './FeedbackStatusLine';
import { finishFeedback } from './finishFeedback';
import { GiveFeedback } from './GiveFeedback';
import { useFeedback, type FeedbackData } from './useFeedback';

const STEPS = ['helper', ...FEEDBACK_QUESTIONS.map((q) => q.id), 'send'];

/** One screen of the feedback form: who is helping, one question, or finishing it. */
export default function FeedbackStepPage(props: Record<string, unknown>) {
  const t = useT();
  const fb = useFeedback();
  const step = routeParam(props.step);
  if (!fb) return null;
  const helper = feedbackModel.decode(fb.fields);
  const label = (s: string) =>
    s === 'helper' || s === 'send'
      ? t(`feedback:steps.${s}.short`)
      : t(`feedback:questions.${s}.short`);
  const done = (s: string) =>
    s === 'helper'
      ? !!helper.helperName || helper.helperNone
      : s === 'send'
        ? fb.status.state === 'finished'
        : answerState(feedbackAnswer(fb.fields, s)) !== 'empty';
  return (
    <StepScreen
      section={{ title: t('feedback:title'), href: '/feedback' }}
      steps={STEPS.map((s) => ({ id: s, label: label(s), done: done(s) }))}
      current={step}
      basePath="/feedback"
    >
      {({ id }) => {
        const question = FEEDBACK_QUESTIONS.find((q) => q.id === id);
        const title = question
          ? t(`feedback:questions.${id}.question`)
          : t(`feedback:steps.${id}.title`);
        return {
          title,
          hint: question ? t('feedback:questionHint') : t(`feedback:steps.${id}.hint`),
          symbol: question?.symbol ?? (id === 'helper' ? 'hug' : 'finish'),
          learn: id === 'send' ? '/learn/after-my-review' : undefined,
          body: (
            <>
              {question && (
                <AnswerCard
                  recordRef={fb.ref}
                  prefix={prefixOf(question.id)}
                  answer={feedbackAnswer(fb.fields, question.id)}
                  topic={title}
                  show={{ scale: question.scale, author: false, quote: false, photo: false }}
                />
              )}
              {id === 'helper' && <Helper fb={fb} />}
              {id === 'send' && <Finish fb={fb} />}
            </>
          ),
        };
      }}
    </StepScreen>
  );
}

function Helper({ fb }: { fb: FeedbackData }) {
  const t = useT();
  const helper = feedbackModel.decode(fb.fields);
  const nobody = helper.helperNone;
  const bind = bindTo(fb.ref, helper);
  return (
    <>
      <Checkbox
        isSelected={nobody}
        onChange={(on) => void saveWithUndo(fb.ref, { helperNone: on })}
      >
        {t('feedback:helper.none')}
      </Checkbox>
      {!nobody && (
        <>
          <BoundText {...bind('helperName')} label={t('feedback:helper.name')} width="medium" />
          <BoundText
            {...bind('helperRelation')}
            label={t('feedback:helper.relation')}
            hint={t('planner:people.relationHint')}
            width="medium"
          />
          <BoundText
            {...bind('helpedWhen')}
            label={t('feedback:helper.whenLabel')}
            hint={t('feedback:helper.whenHint')}
            multiline
          />
        </>
      )}
    </>
  );
}

function Finish({ fb }: { fb: FeedbackData }) {
  const t = useT();
  const { state } = fb.status;
  const rule = finishRule(fb.status, fb.reviewDate, localToday());
  const latest = latestVersion(fb.versions);
  return (
    <>
      <FeedbackStatusLine status={fb.status} />
      <p>{t('feedback:finish.what')}</p>
      {state !== 'finished' && rule === 'ok' && (
        <div class="button-row no-print">
          <Button symbol="finish" onPress={() => void finishFeedback(fb.ref).then(focusSaveNote)}>
            {state === 'changedSinceFinished'
              ? t('feedback:finish.again', { version: fb.status.finishedVersion + 1 })
              : t('feedback:finish.button')}
          </Button>
        </div>
      )}
      {rule === 'nothingYet' && <p>{t('feedback:finish.nothingYet')}</p>}
      {rule === 'noDate' && (
        <>
          <p>{t('feedback:finish.noDate')}</p>
          <LinkButton href="/planner/review/when" symbol="calendar">
            {t('feedback:finish.addDate')}
          </LinkButton>
        </>
      )}
      {rule === 'beforeReview' && (
        <p>{t('feedback:finish.beforeReview', { date: formatDay(fb.reviewDate) })}</p>
      )}
      {latest && <GiveFeedback version={latest} reviewDate={fb.reviewDate} />}
    </>
  );
}
