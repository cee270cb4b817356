import { useT } from '../../i18n/useT';
import { addDays, localToday } from '../../shared/dates';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { answerState } from '../planner/answers';
import { formatDay } from '../../i18n/dates';
import { QuestionTools } from '../forms/QuestionTools';
import { dueState, FEEDBACK_QUESTIONS, feedbackAnswer, type FeedbackStatus } from './feedback';
import { FeedbackStatusLine } from './FeedbackStatusLine';
import { FinishedVersions } from './FinishedVersions';
import { useFeedback } from './useFeedback';
import '../planner/planner.css';

const STATE_SYMBOL = { empty: 'pencil', answered: 'tick', declined: 'stop' } as const;

/** The feedback form's first screen: what it is, how far it has got, and every question. */
export default function FeedbackPage() {
  const t = useT();
  const fb = useFeedback();
  if (!fb) return null;
  const first = FEEDBACK_QUESTIONS.find(
    (q) => answerState(feedbackAnswer(fb.fields, q.id)) === 'empty',
  );
  const start =
    fb.status.state === 'notStarted' ? '/feedback/helper' : `/feedback/${first?.id ?? 'send'}`;
  return (
    <PageFrame
      title={t('feedback:title')}
      symbol="speech"
      lede={t('feedback:lede')}
      titleActions={
        <QuestionTools id="feedback" text={t('feedback:lede')} learn="/learn/after-my-review" />
      }
    >
      {fb.reviewDate && <DueLine reviewDate={fb.reviewDate} status={fb.status} />}
      <FeedbackStatusLine status={fb.status} />
      <div class="button-row">
        <LinkButton href={start} variant="primary" symbol="next">
          {fb.status.state === 'notStarted' ? t('feedback:start') : t('feedback:carryOn')}
        </LinkButton>
        <LinkButton href="/feedback/helper" symbol="hug">
          {t('feedback:steps.helper.short')}
        </LinkButton>
      </div>
      <h2>{t('feedback:questionsTitle')}</h2>
      <ul class="item-list">
        {FEEDBACK_QUESTIONS.map((q) => {
          const state = answerState(feedbackAnswer(fb.fields, q.id));
          return (
            <li key={q.id} class="item item--link">
              <Picture symbol={q.symbol} alt="" size="medium" />
              <div class="item__body">
                <h3 class="item__title">
                  <a href={`/feedback/${q.id}`}>{t(`feedback:questions.${q.id}.question`)}</a>
                </h3>
                <p class="status-line">
                  <Picture symbol={STATE_SYMBOL[state]} alt="" size="icon" />
                  <span>{t(`planner:say.state.${state}`)}</span>
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      <LinkButton href="/feedback/send" variant="primary" symbol="finish">
        {t('feedback:steps.send.short')}
      </LinkButton>
      <FinishedVersions versions={fb.versions} />
    </PageFrame>
  );
}

/**
 * When feedback is due: a week after the review. Once that date has passed, it says so, and that
 * feedback is still worth giving; once it is finished, only the review date is left.
 */
function DueLine({ reviewDate, status }: { reviewDate: string; status: FeedbackStatus }) {
  const t = useT();
  const due = addDays(reviewDate, 7);
  const state = dueState(status, reviewDate, due, localToday());
  return (
    <p class="feedback-due">
      {t(`feedback:due.${state}`, { review: formatDay(reviewDate), due: formatDay(due) })}
    </p>
  );
}
