import { useT } from '../../../i18n/useT';
import { FeedbackStatusLine } from '../../feedback/FeedbackStatusLine';
import { FeedbackAnswers } from '../../feedback/FinishedVersions';
import { useFeedback } from '../../feedback/useFeedback';

/** After the review: the feedback as it is now, once the person has started it. */
export function PrintFeedback() {
  const t = useT();
  const fb = useFeedback();
  if (!fb || fb.status.state === 'notStarted') return null;
  return (
    <section class="part">
      <h2>{t('feedback:title')}</h2>
      <FeedbackStatusLine status={fb.status} />
      <FeedbackAnswers fields={fb.fields} />
    </section>
  );
}
