import { useT } from '../../i18n/useT';
import type { Fields } from '../../shared/records';
import { Button } from '../../ui/Button';
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
  const canShare = typeof navigator.share === 'function';
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  return (
    <section aria-labelledby="give-title">
      <h2 id="give-title">{t('feedback:give.title', { version: version.version })}</h2>
      <p>{t('feedback:give.body')}</p>
      <p>{t('feedback:give.who')}</p>
      <div class="button-row no-print">
        <LinkButton href="/send/feedback" symbol="email" variant="primary">
          {t('feedback:give.send')}
        </LinkButton>
        <Button symbol="print" onPress={() => window.print()}>
          {t('feedback:give.print')}
        </Button>
        {canShare && (
          <Button
            variant="secondary"
            symbol="people"
            // The person may close the share sheet without sharing: nothing to say then.
            onPress={() => void navigator.share({ title: subject, text }).catch(() => undefined)}
          >
            {t('feedback:give.share')}
          </Button>
        )}
        <LinkButton href={mailto} symbol="email">
          {t('feedback:give.email')}
        </LinkButton>
      </div>
      <FeedbackAnswers fields={version} level={3} />
    </section>
  );
}
