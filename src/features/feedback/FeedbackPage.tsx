import { useT } from '../../i18n/useT';
import { addDays } from '../../shared/dates';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { answerState } from '../planner/answers';
import { formatDay } from '../../i18n/dates';
import { QuestionTools } from '../forms/QuestionTools';
import { FEEDBACK_QUESTIONS, feedbackAnswer } from './feedback';
import { FeedbackStatusLine } from './FeedbackStatusLine';
import { SentVersions } from './SentVersions';
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
      {fb.reviewDate && (
        <p>
          {t('feedback:due', {
            review: formatDay(fb.reviewDate),
            due: formatDay(addDays(fb.reviewDate, 7)),
          })}
        </p>
      )}
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
            <li key={q.id} class="item">
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
      <LinkButton href="/feedback/send" variant="primary" symbol="envelope">
        {t('feedback:steps.send.short')}
      </LinkButton>
      <SentVersions versions={fb.versions} />
    </PageFrame>
  );
}
