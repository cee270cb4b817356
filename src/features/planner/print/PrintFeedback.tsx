import { useT } from '../../../i18n/useT';
import { FEEDBACK_QUESTIONS, feedbackAnswer } from '../../feedback/feedback';
import { FeedbackStatusLine } from '../../feedback/FeedbackStatusLine';
import { FeedbackHelper } from '../../feedback/SentVersions';
import { useFeedback } from '../../feedback/useFeedback';
import { ReadAnswer } from './ReadAnswer';

/** After the review: the feedback as it is now, once the person has started it. */
export function PrintFeedback() {
  const t = useT();
  const fb = useFeedback();
  if (!fb || fb.status.state === 'notStarted') return null;
  return (
    <section class="part">
      <h2>{t('feedback:title')}</h2>
      <FeedbackStatusLine status={fb.status} />
      <FeedbackHelper fields={fb.fields} />
      {FEEDBACK_QUESTIONS.map((q) => (
        <ReadAnswer
          key={q.id}
          question={t(`feedback:questions.${q.id}.question`)}
          answer={feedbackAnswer(fb.fields, q.id)}
        />
      ))}
    </section>
  );
}
