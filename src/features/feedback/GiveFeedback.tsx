import { useT } from '../../i18n/useT';
import type { Fields } from '../../shared/records';
import { HandOver } from '../../ui/HandOver';
import { LinkButton } from '../../ui/LinkButton';
import { FeedbackAnswers } from './FinishedVersions';
import { feedbackText } from './feedbackText';

/**
 * The person gives the finished version to whom they choose: My Review can email a professional a
 * link to it (/send/feedback, which says "sent" only when the email went), or they print it, use
 * the tablet's share sheet (where there is one), or an email their own email app opens, ready.
 */
export function GiveFeedback({
  version,
  reviewDate,
}: {
  version: Fields;
  reviewDate: string | null;
}) {
  const t = useT();
  const text = feedbackText(t, version, reviewDate);
  const subject = t('feedback:share.heading');
  return (
    <section aria-labelledby="give-title">
      <h2 id="give-title">{t('feedback:give.title', { version: version.version })}</h2>
      <p>{t('feedback:give.body')}</p>
      <p>{t('feedback:give.who')}</p>
      <HandOver
        subject={subject}
        text={text}
        labels={{
          print: t('feedback:give.print'),
          share: t('feedback:give.share'),
          email: t('feedback:give.email'),
        }}
        before={
          <LinkButton href="/send/feedback" symbol="email" variant="primary">
            {t('feedback:give.send')}
          </LinkButton>
        }
      />
      <FeedbackAnswers fields={version} level={3} />
    </section>
  );
}
